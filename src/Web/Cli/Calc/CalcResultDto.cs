namespace YearEndAdjustment.Web.Cli.Calc;

// The calc command's output document (docs/calc-json.md). Computed amounts are null when no year-end adjustment is
// done (notAdjusted is then set).
public sealed record CalcResultDto
{
    public required int TaxYear { get; init; }

    public required CalcNotAdjustedDto? NotAdjusted { get; init; }

    public required long SalaryTotal { get; init; }

    public required long WithheldTax { get; init; }

    public required long? EmploymentIncome { get; init; }

    public required long? IncomeAdjustmentDeduction { get; init; }

    public required long? SalaryIncome { get; init; }

    public required long? TotalIncome { get; init; }

    public required CalcDeductionsDto? Deductions { get; init; }

    public required long? TotalDeductions { get; init; }

    public required long? TaxableIncome { get; init; }

    public required long? ComputedTax { get; init; }

    public required long? HousingLoanCredit { get; init; }

    public required long? TaxAfterHousingLoanCredit { get; init; }

    public required int? FlatTaxCutPersons { get; init; }

    public required long? FlatTaxCut { get; init; }

    public required long? FlatTaxCutApplied { get; init; }

    public required long? FlatTaxCutUnabsorbed { get; init; }

    public required long? AnnualTax { get; init; }

    public required long? Difference { get; init; }

    public required IReadOnlyList<CalcTraceLineDto>? Trace { get; init; }
}
