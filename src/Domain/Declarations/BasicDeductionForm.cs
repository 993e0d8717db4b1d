namespace YearEndAdjustment.Domain.Declarations;

// 基礎控除申告書 兼 配偶者控除等申告書 兼 特定親族特別控除申告書 兼 所得金額調整控除申告書 (forms-and-formats.md §1.2).
// Part 1: the employee's salary from payers not adjusted here (① less this payer's and a submitted previous payer's
// pay) and income other than salary (③). Part 2: the spouse's income (the spouse is DependantsForm.Spouse). Part 3
// (2025 onward): 特定親族 rows, full persons; in 2026 a row may share its EntryId with a section-B row that has the
// 特定親族 tick. Part 4: 所得金額調整控除.
public sealed record BasicDeductionForm(
    long SalaryFromOtherPayers,
    long OtherIncome,
    SpouseIncomeEstimate? SpouseIncome,
    IReadOnlyList<DeclaredPerson> SpecificRelatives,
    IncomeAdjustmentClaim? IncomeAdjustment)
{
    public static readonly BasicDeductionForm Empty = new(0, 0, null, [], null);
}
