namespace YearEndAdjustment.Domain.Adjustments.Rules;

// Employee-income tier of the spouse deductions (所得税法83条・83条の2): applies while the employee's
// 合計所得金額 is at most EmployeeIncomeUpTo. Special is keyed by the spouse's 合計所得金額 above the
// dependant income limit.
public sealed record SpouseTier(long EmployeeIncomeUpTo, long Spouse, long ElderlySpouse, BracketTable Special);
