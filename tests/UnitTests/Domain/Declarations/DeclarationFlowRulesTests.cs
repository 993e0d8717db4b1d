using System.Globalization;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

/// <summary>What the guided flow relies on: the section a relative goes to by this year's rules, and check messages
/// that translate as a whole (row labels included) for an English user.</summary>
public sealed class DeclarationFlowRulesTests
{
    [Theory]
    [InlineData(2026, "2016-06-01", 0, RelativePlacement.YoungRelatives)]
    [InlineData(2026, "2006-06-01", 900_000, RelativePlacement.RelativesWithSpecificTick)]
    [InlineData(2025, "2006-06-01", 900_000, RelativePlacement.SpecificRelativeOnly)]
    [InlineData(2024, "2006-06-01", 900_000, RelativePlacement.Relatives)]
    [InlineData(2026, "2006-06-01", 100_000, RelativePlacement.Relatives)]
    [InlineData(2026, "1950-06-01", 0, RelativePlacement.Relatives)]
    public void PlaceRelative_FollowsTheYearsRules(int year, string birth, long income, RelativePlacement expected) =>
        Assert.Equal(expected, DeclarationYearCatalog.For(year).PlaceRelative(DateOnly.Parse(birth, CultureInfo.InvariantCulture), income));

    [Fact]
    public void CheckMessages_AreJapaneseByDefault_AndEnglishWithTheRowLabel()
    {
        var forms = DeclarationForms.Empty with
        {
            Insurance = InsuranceForm.Empty with { Life = [DeclarationSamples.Life(LifeInsuranceCategory.General, InsuranceRegime.New, 100_000, certificate: false)] },
        };
        var checks = DeclarationChecks.Run(forms, DeclarationYearCatalog.For(2025), new DateOnly(2025, 11, 10));
        var missing = Assert.Single(checks, c => c.Code == DeclarationCheckCodes.CertificateMissing);

        Assert.StartsWith("保険料控除申告書の生命保険料の1行目の控除証明書を添付してください", missing.Message);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = Assert.Single(DeclarationMapper.Localize(checks), c => c.Code == DeclarationCheckCodes.CertificateMissing);
            Assert.Equal("Attach the deduction certificate of life insurance line 1 of the insurance premium form (needed except for old-type contracts of 9,000 yen a year or less).", english.Message);
            Assert.Null(english.Reason);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
