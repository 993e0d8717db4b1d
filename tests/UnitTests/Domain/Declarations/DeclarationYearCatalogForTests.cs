using YearEndAdjustment.Domain.Adjustments.Rules;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

public sealed class DeclarationYearCatalogForTests
{
    [Fact]
    public void SupportedYears_AreTheCalculatorsYears() => Assert.Equal(TaxYearRulesCatalog.SupportedYears, DeclarationYearCatalog.SupportedYears);

    [Theory]
    [InlineData(2024, false, false, "控除対象扶養親族")]
    [InlineData(2025, true, false, "控除対象扶養親族")]
    [InlineData(2026, true, true, "源泉控除対象親族")]
    public void For_GivesTheYearsSections(int year, bool specificPart, bool tick, string sectionTitle)
    {
        var definition = DeclarationYearCatalog.For(year);

        Assert.Equal((specificPart, tick, sectionTitle), (definition.HasSpecificRelativePart, definition.RelativesSectionHasSpecificRelativeTick, definition.RelativesSectionTitle));
        Assert.Same(TaxYearRulesCatalog.For(year), definition.Rules);
        Assert.Equal(year == 2026, definition.HasLifeInsuranceYoungDependantSpecial);
    }

    [Fact]
    public void For_UnsupportedYear_Throws() =>
        Assert.Equal(DeclarationYearCatalog.UnsupportedYearCode, Assert.Throws<DomainRuleViolationException>(() => DeclarationYearCatalog.For(2027)).Code);
}
