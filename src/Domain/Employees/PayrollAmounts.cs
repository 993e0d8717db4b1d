using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// The year's totals from the payroll system (Y-02) that the 年末調整 starts from, this payer's and the previous
/// employers' (前職分, which 所得税法第190条 requires to be added when the employee hands in the previous slip).
/// </summary>
public sealed record PayrollAmounts(
    Yen SalaryPaid,
    Yen BonusPaid,
    Yen TaxWithheld,
    Yen SocialInsuranceWithheld,
    Yen PreviousEmployersSalaryPaid,
    Yen PreviousEmployersTaxWithheld,
    Yen PreviousEmployersSocialInsurance)
{
    /// <summary>Amounts above this (one trillion yen) are typing errors, and would overflow later sums.</summary>
    public static readonly Yen Maximum = new(999_999_999_999);

    public static readonly RuleMessage OutOfRange = new("payroll_total.amount_out_of_range", "金額は0円以上、1兆円未満で入力してください。");

    /// <summary>Null when every amount is between 0 and <see cref="Maximum"/>.</summary>
    public RuleMessage? Check() =>
        new[] { SalaryPaid, BonusPaid, TaxWithheld, SocialInsuranceWithheld, PreviousEmployersSalaryPaid, PreviousEmployersTaxWithheld, PreviousEmployersSocialInsurance }
            .Any(a => a < Yen.Zero || a > Maximum)
            ? OutOfRange
            : null;
}
