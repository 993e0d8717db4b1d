namespace YearEndAdjustment.Domain.Declarations;

// Where a relative the employee claims goes on the forms (the guided flow asks plain questions and puts the row in
// its section from the birth date and income, so the employee never picks a section by its legal name).
public enum RelativePlacement
{
    // 扶養控除等申告書 section B (16 or over at December 31).
    Relatives,

    // The resident-tax list of relatives under 16.
    YoungRelatives,

    // 特定親族 (19–22, income above the dependant limit up to the 特定親族特別控除 maximum): part 3 of the combined
    // form only (2025).
    SpecificRelativeOnly,

    // 2026: section B with the 特定親族 tick, and the same EntryId in part 3.
    RelativesWithSpecificTick,
}
