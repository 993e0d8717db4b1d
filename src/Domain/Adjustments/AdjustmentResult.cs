namespace YearEndAdjustment.Domain.Adjustments;

// Every intermediate amount of one year-end adjustment, in pipeline order (tax-rules.md §1), plus the trace when
// requested. When NotAdjustedReason is not None only the totals of steps 1–2 are filled in.
public sealed class AdjustmentResult
{
    internal AdjustmentResult()
    {
    }

    public int TaxYear { get; internal set; }

    public NotAdjustedReason NotAdjustedReason { get; internal set; }

    public bool IsAdjusted => NotAdjustedReason == NotAdjustedReason.None;

    public long SalaryTotal { get; internal set; }

    public long WithheldTaxTotal { get; internal set; }

    public long EmploymentIncome { get; internal set; }

    public long IncomeAdjustmentDeduction { get; internal set; }

    public long SalaryIncome { get; internal set; }

    public long TotalIncome { get; internal set; }

    public long SocialInsuranceDeduction { get; internal set; }

    public long SmallEnterpriseMutualAidDeduction { get; internal set; }

    public long LifeInsuranceGeneral { get; internal set; }

    public long LifeInsuranceCareMedical { get; internal set; }

    public long LifeInsurancePension { get; internal set; }

    public long LifeInsuranceDeduction { get; internal set; }

    public long EarthquakeInsuranceDeduction { get; internal set; }

    public SpouseDeductionKind SpouseDeductionKind { get; internal set; }

    public long SpouseDeduction { get; internal set; }

    public int SpecificRelativeCount { get; internal set; }

    public long SpecificRelativeDeduction { get; internal set; }

    public int GeneralDependantCount { get; internal set; }

    public int SpecificDependantCount { get; internal set; }

    public int ElderlyDependantCount { get; internal set; }

    public int CohabitingParentCount { get; internal set; }

    public int YoungDependantCount { get; internal set; }

    public long DependantDeduction { get; internal set; }

    public long DisabilityDeduction { get; internal set; }

    public long WidowDeduction { get; internal set; }

    public long SingleParentDeduction { get; internal set; }

    public long WorkingStudentDeduction { get; internal set; }

    public long BasicDeduction { get; internal set; }

    public long TotalDeductions { get; internal set; }

    public long TaxableIncome { get; internal set; }

    public long ComputedTax { get; internal set; }

    // The part of the declared credit that the computed tax could absorb.
    public long HousingLoanCredit { get; internal set; }

    public long TaxAfterHousingLoanCredit { get; internal set; }

    // 2024: 年調減税額 = 30,000 × persons; the applied part and the 控除外額 printed on the 源泉徴収票.
    public int FlatTaxCutPersons { get; internal set; }

    public long FlatTaxCut { get; internal set; }

    public long FlatTaxCutApplied { get; internal set; }

    public long FlatTaxCutUnabsorbed { get; internal set; }

    public long TaxAfterFlatTaxCut { get; internal set; }

    public long AnnualTax { get; internal set; }

    // 過不足額: negative = 超過額 (refund to the employee), positive = 不足額 (collected).
    public long Difference { get; internal set; }

    public IReadOnlyList<AdjustmentTraceLine> Trace { get; internal set; } = [];
}
