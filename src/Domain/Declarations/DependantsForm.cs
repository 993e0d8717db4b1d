namespace YearEndAdjustment.Domain.Declarations;

// 給与所得者の扶養控除等(異動)申告書 (forms-and-formats.md §1.1). Spouse is the spouse as the household has them (section A
// shows them when they are a 源泉控除対象配偶者); Relatives are section B (16 or over at December 31), YoungRelatives the
// resident-tax list of those under 16, OtherEarnersRelatives section D. In 2026 a section-B row may carry the
// 特定親族 tick (SpecificRelativeEntryIds): the same row then also appears in part 3 of the combined form.
public sealed record DependantsForm(
    OwnStatus Self,
    DeclaredPerson? Spouse,
    IReadOnlyList<DeclaredPerson> Relatives,
    IReadOnlyList<DeclaredPerson> YoungRelatives,
    IReadOnlyList<OtherEarnerRelative> OtherEarnersRelatives,
    IReadOnlyList<Guid> SpecificRelativeEntryIds)
{
    public static readonly DependantsForm Empty = new(OwnStatus.Empty, null, [], [], [], []);
}
