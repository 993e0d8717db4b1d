using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Domain.Declarations;

// What the payroll side knows about the employee's year (forms-and-formats.md §1.5), passed in as plain values: the
// declaration does not hold them. Amounts are whole yen.
public sealed record PayrollFigures
{
    public required long SalaryPaid { get; init; }

    public required long TaxWithheld { get; init; }

    public long SocialInsuranceWithheld { get; init; }

    // iDeCo etc. withheld from pay (added to what the 保険料控除申告書 declares).
    public long SmallEnterpriseMutualAidWithheld { get; init; }

    public long PreviousEmployerSalary { get; init; }

    public long PreviousEmployerTaxWithheld { get; init; }

    public long PreviousEmployerSocialInsurance { get; init; }

    public long PreviousEmployerSmallEnterpriseMutualAid { get; init; }

    public WithholdingColumn WithholdingColumn { get; init; }

    public EmploymentStatus EmploymentStatus { get; init; }

    public bool IsNonResident { get; init; }

    public bool HasDisasterRelief { get; init; }

    public DateOnly? ReferenceDate { get; init; }
}
