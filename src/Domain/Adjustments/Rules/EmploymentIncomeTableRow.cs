namespace YearEndAdjustment.Domain.Adjustments.Rules;

// One printed row of 「年末調整等のための給与所得控除後の給与等の金額の表」: salaries From (以上) to To (未満).
public readonly record struct EmploymentIncomeTableRow(long From, long To, long Value);
