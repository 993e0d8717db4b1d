using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Application.Results.Support;

/// <summary>
/// One stored result as the pages show it: the withholding-slip figures, every deduction and the trace with labels in
/// the UI language. <see cref="Difference"/>: negative = refund, positive = collected.
/// </summary>
public sealed record ResultDetailDto(
    Guid EmployeeId,
    string EmployeeNumber,
    string Name,
    int TaxYear,
    NotAdjustedReason NotAdjustedReason,
    bool IsStale,
    bool IsPublished,
    DateTime ComputedAtUtc,
    DateTime? PublishedAtUtc,
    long SalaryTotal,
    long WithheldTaxTotal,
    long EmploymentIncome,
    long IncomeAdjustmentDeduction,
    long SalaryIncome,
    long TotalIncome,
    long SocialInsuranceDeduction,
    long SmallEnterpriseMutualAidDeduction,
    long LifeInsuranceDeduction,
    long EarthquakeInsuranceDeduction,
    SpouseDeductionKind SpouseDeductionKind,
    long SpouseDeduction,
    long SpecificRelativeDeduction,
    long DependantDeduction,
    long DisabilityDeduction,
    long WidowDeduction,
    long SingleParentDeduction,
    long WorkingStudentDeduction,
    long BasicDeduction,
    long TotalDeductions,
    long TaxableIncome,
    long ComputedTax,
    long HousingLoanCredit,
    long FlatTaxCutApplied,
    long FlatTaxCutUnabsorbed,
    long AnnualTax,
    long Difference,
    IReadOnlyList<ResultTraceLineDto> Trace)
{
    public long Refund => Difference < 0 ? -Difference : 0;

    public long Collection => Difference > 0 ? Difference : 0;
}

/// <summary>A trace step: stable code, label in the UI language, amount, the figures used, the rule applied.</summary>
public sealed record ResultTraceLineDto(string Code, string Label, long Amount, IReadOnlyList<TraceInput> Inputs, string Rule);
