namespace YearEndAdjustment.Domain.Declarations;

// 配偶者控除等申告書 (part 2): the spouse's salary revenue and other income for the year; the form derives the salary
// income from the revenue with the year's table and adds the rest (合計所得金額の見積額).
public sealed record SpouseIncomeEstimate(long SalaryRevenue, long OtherIncome);
