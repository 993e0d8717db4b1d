using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

public sealed class AdjustmentTraceRecordTests
{
    [Fact]
    public void Calculate_WithTrace_ListsThePipelineStepsInOrder()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2026), includeTrace: true);

        var codes = result.Trace.Select(line => line.Step.Code).ToArray();
        Assert.Equal(
            [
                "salary_total", "withheld_tax_total", "employment_income", "income_adjustment_deduction",
                "salary_income", "total_income", "social_insurance_deduction", "life_insurance_deduction",
                "earthquake_insurance_deduction", "spouse_deduction", "specific_relative_deduction",
                "dependant_deduction", "disability_deduction", "basic_deduction", "total_deductions",
                "taxable_income", "computed_tax", "housing_loan_credit", "tax_after_housing_loan_credit",
                "annual_tax", "difference",
            ],
            codes);
    }

    [Fact]
    public void Calculate_WithTrace_LineAmountsMatchTheResult()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2026), includeTrace: true);
        long Amount(string code) => result.Trace.Single(line => line.Step.Code == code).Amount;

        Assert.Equal(7_020_000, Amount("employment_income"));
        Assert.Equal(47_000, Amount("income_adjustment_deduction"));
        Assert.Equal(4_826_102, Amount("total_deductions"));
        Assert.Equal(2_146_000, Amount("taxable_income"));
        Assert.Equal(117_100, Amount("computed_tax"));
        Assert.Equal(41_400, Amount("annual_tax"));
        Assert.Equal(-115_270, Amount("difference"));
    }

    [Fact]
    public void Calculate_WithTrace_EveryLineHasLabelsRuleAndInputs()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2024), includeTrace: true);

        Assert.All(result.Trace, line =>
        {
            Assert.False(string.IsNullOrWhiteSpace(line.Step.LabelJa));
            Assert.False(string.IsNullOrWhiteSpace(line.Step.LabelEn));
            Assert.False(string.IsNullOrWhiteSpace(line.Rule));
            Assert.NotEmpty(line.Inputs);
        });
        Assert.Contains(result.Trace, line => line.Step.Code == "flat_tax_cut" && line.Amount == 120_000);
        Assert.Contains(result.Trace, line => line.Step.Code == "flat_tax_cut_unabsorbed" && line.Amount == 24_400);
    }

    [Fact]
    public void Calculate_WithTraceInTableZone_NamesTheTableRow()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2026, 2_195_999, 0, 0), includeTrace: true);

        var line = result.Trace.Single(l => l.Step.Code == "employment_income");
        Assert.Equal(1_453_000, line.Amount);
        Assert.Contains(new TraceInput("tableRowFrom", 2_193_000), line.Inputs);
        Assert.Contains(new TraceInput("tableRowTo", 2_196_000), line.Inputs);
        Assert.Contains("令和8年分", line.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_WithoutTrace_HasAnEmptyTrace()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2026));

        Assert.Empty(result.Trace);
    }

    [Fact]
    public void Calculate_WithoutTrace_AllocatesOnlyTheResult()
    {
        var input = AdjustmentScenarios.NtaExample(2026);
        AdjustmentCalculator.Calculate(input);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = AdjustmentCalculator.Calculate(input);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The result object alone is about 330 bytes (32 longs, 10 ints, a reference and the header);
        // one trace line or a list would push this well past the bound.
        Assert.Equal(41_400, result.AnnualTax);
        Assert.InRange(allocated, 1, 400);
    }
}
