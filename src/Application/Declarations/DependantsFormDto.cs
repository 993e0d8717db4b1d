using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations;

public sealed record DependantsFormDto(
    OwnStatus Self,
    PersonDto? Spouse,
    IReadOnlyList<PersonDto> Relatives,
    IReadOnlyList<PersonDto> YoungRelatives,
    IReadOnlyList<OtherEarnerRelativeDto> OtherEarnersRelatives,
    IReadOnlyList<Guid> SpecificRelativeEntryIds);
