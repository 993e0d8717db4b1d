using YearEndAdjustment.Application.Declarations;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>One relative as the flow lists them: the person and, in plain words, where the forms put them.</summary>
public sealed record DependantRow(PersonDto Person, string Placement, int AgeAtYearEnd, string? OtherEarnerName, string? OtherEarnerRelationship);
