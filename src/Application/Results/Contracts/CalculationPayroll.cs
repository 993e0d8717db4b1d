using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Results.Contracts;

/// <summary>
/// The payroll side of a stored calculation: the imported totals (salary and bonus together, as the estimate does) and
/// the employee's leave date. The master records no reason for leaving, so a leave date before 31 December counts as
/// 年の中途で退職 (所得税法190条, NTA No.2665: not adjusted); leaving on 31 December counts as employed at year end.
/// </summary>
public static class CalculationPayroll
{
    public static PayrollFigures From(PayrollTotal total, DateOnly? leaveDate, int taxYear)
    {
        ArgumentNullException.ThrowIfNull(total);
        return From(total.Amounts, leaveDate, taxYear);
    }

    /// <summary>The amounts as the calculator takes them, with no employment status: also the live estimate's (ADR 0063).</summary>
    public static PayrollFigures Figures(PayrollAmounts amounts) => new()
    {
        SalaryPaid = amounts.SalaryPaid.Value + amounts.BonusPaid.Value,
        TaxWithheld = amounts.TaxWithheld.Value,
        SocialInsuranceWithheld = amounts.SocialInsuranceWithheld.Value,
        PreviousEmployerSalary = amounts.PreviousEmployersSalaryPaid.Value,
        PreviousEmployerTaxWithheld = amounts.PreviousEmployersTaxWithheld.Value,
        PreviousEmployerSocialInsurance = amounts.PreviousEmployersSocialInsurance.Value,
    };

    /// <summary>The same from the amounts alone, for a reader that projects them instead of loading the total (ADR 0057).</summary>
    public static PayrollFigures From(PayrollAmounts amounts, DateOnly? leaveDate, int taxYear)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var leftDuringYear = leaveDate is { } left && left < new DateOnly(taxYear, 12, 31);
        return Figures(amounts) with { EmploymentStatus = leftDuringYear ? EmploymentStatus.LeftOther : EmploymentStatus.EmployedAtYearEnd };
    }
}
