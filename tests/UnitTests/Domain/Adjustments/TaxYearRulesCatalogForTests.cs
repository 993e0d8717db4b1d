using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Adjustments.Rules;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

public sealed class TaxYearRulesCatalogForTests
{
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void For_SupportedYear_ReturnsThatYearsRules(int year)
    {
        Assert.Equal(year, TaxYearRulesCatalog.For(year).Year);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2027)]
    public void For_UnsupportedYear_ThrowsWithStableCode(int year)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => TaxYearRulesCatalog.For(year));

        Assert.Equal("adjustment.unsupported_tax_year", error.Code);
        Assert.Contains("taxYear", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_UnsupportedYear_ThrowsWithStableCode()
    {
        var error = Assert.Throws<DomainRuleViolationException>(
            () => AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2027, 5_000_000, 0, 0)));

        Assert.Equal("adjustment.unsupported_tax_year", error.Code);
    }

    [Fact]
    public void Calculate_RulesOfAnotherYear_ThrowsWithStableCode()
    {
        var error = Assert.Throws<DomainRuleViolationException>(
            () => AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2025, 5_000_000, 0, 0), TaxYearRulesCatalog.For(2026)));

        Assert.Equal("adjustment.rules_year_mismatch", error.Code);
    }

    [Theory]
    // tax-rules.md §2 parameter summary.
    [InlineData(2024, 550_000, 480_000, 750_000, 480_000, 30_000, false, false)]
    [InlineData(2025, 650_000, 580_000, 850_000, 580_000, 0, true, false)]
    [InlineData(2026, 740_000, 620_000, 890_000, 620_000, 0, true, true)]
    public void For_EachYear_HoldsTheSectionTwoParameters(
        int year, long minimum, long dependantLimit, long workingStudentLimit, long singleParentChildLimit,
        long flatCutPerPerson, bool hasSpecificRelative, bool hasLifeInsuranceSpecial)
    {
        var rules = TaxYearRulesCatalog.For(year);

        Assert.Equal(minimum, rules.EmploymentIncome.MinimumDeduction);
        Assert.Equal(dependantLimit, rules.DependantIncomeLimit);
        Assert.Equal(workingStudentLimit, rules.WorkingStudentIncomeLimit);
        Assert.Equal(singleParentChildLimit, rules.SingleParentChildIncomeLimit);
        Assert.Equal(350_000, rules.SingleParentDeduction);
        Assert.Equal(flatCutPerPerson, rules.FlatTaxCutPerPerson);
        Assert.Equal(hasSpecificRelative, rules.SpecificRelativeDeduction is not null);
        Assert.Equal(hasLifeInsuranceSpecial, rules.LifeInsuranceNewGeneralWithYoungDependant is not null);
        Assert.Equal(20_000_000, rules.AdjustmentSalaryCeiling);
        Assert.Equal(1_021, rules.SurtaxNumerator);
        Assert.Equal(1_000, rules.SurtaxDenominator);
    }
}
