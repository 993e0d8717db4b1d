namespace YearEndAdjustment.Application.Declarations;

public sealed record OtherEarnerRelativeDto(PersonDto Person, string OtherEarnerName, string OtherEarnerRelationship, string? OtherEarnerAddress);
