using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Web.Cli.Calc;

// The calc command's input document (docs/calc-json.md). Everything is nullable so that a missing required
// figure is reported by name instead of silently becoming 0.
public sealed class CalcInputDto
{
    public int? TaxYear { get; init; }

    public long? SalaryPaid { get; init; }

    public long? TaxWithheld { get; init; }

    public long? SocialInsuranceWithheld { get; init; }

    public long? SocialInsuranceDeclared { get; init; }

    public long? SmallEnterpriseMutualAid { get; init; }

    public long? PreviousEmployerSalary { get; init; }

    public long? PreviousEmployerTaxWithheld { get; init; }

    public long? PreviousEmployerSocialInsurance { get; init; }

    public long? PreviousEmployerSmallEnterpriseMutualAid { get; init; }

    public long? OtherPayersSalary { get; init; }

    public long? OtherIncome { get; init; }

    public CalcLifeInsuranceDto? LifeInsurance { get; init; }

    public long? EarthquakePremium { get; init; }

    public long? OldLongTermPremium { get; init; }

    public long? HousingLoanCredit { get; init; }

    public CalcSpouseDto? Spouse { get; init; }

    public IReadOnlyList<CalcRelativeDto?>? Relatives { get; init; }

    public DisabilityLevel? Disability { get; init; }

    public WidowStatus? Widow { get; init; }

    public bool? IsSingleParent { get; init; }

    public bool? IsWorkingStudent { get; init; }

    public WithholdingColumn? WithholdingColumn { get; init; }

    public EmploymentStatus? EmploymentStatus { get; init; }

    public bool? IsNonResident { get; init; }

    public bool? HasDisasterRelief { get; init; }

    public DateOnly? ReferenceDate { get; init; }
}
