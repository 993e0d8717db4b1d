using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §11: life-insurance formulas I/II/III, their combination and caps; earthquake insurance.
public sealed class InsuranceDeductionCalculateTests
{
    private static AdjustmentResult Calculate(int year, LifeInsurancePremiums premiums, bool youngDependant = false, long earthquake = 0, long oldLongTerm = 0) =>
        AdjustmentCalculator.Calculate(new AdjustmentInput
        {
            TaxYear = year,
            SalaryPaid = 5_000_000,
            TaxWithheld = 0,
            LifeInsurance = premiums,
            EarthquakePremium = earthquake,
            OldLongTermPremium = oldLongTerm,
            Relatives = youngDependant
                ? [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(year, 8), TotalIncome = 0 }]
                : [],
        });

    [Theory]
    // Formula I (care/medical is new-type only): x; x/2 + 10,000; x/4 + 20,000; 40,000 — halves and quarters rounded up.
    [InlineData(20_000, 20_000)]
    [InlineData(20_001, 20_001)]
    [InlineData(40_000, 30_000)]
    [InlineData(40_001, 30_001)]
    [InlineData(80_000, 40_000)]
    [InlineData(80_001, 40_000)]
    public void Calculate_CareMedicalPremiumAroundBand_AppliesFormulaI(long premium, long expected)
    {
        var result = Calculate(2025, new LifeInsurancePremiums(0, 0, premium, 0, 0));

        Assert.Equal(expected, result.LifeInsuranceCareMedical);
    }

    [Theory]
    // Formula III: x; x/2 + 12,500; x/4 + 25,000; 50,000.
    [InlineData(25_000, 25_000)]
    [InlineData(25_001, 25_001)]
    [InlineData(30_001, 27_501)]
    [InlineData(50_000, 37_500)]
    [InlineData(50_001, 37_501)]
    [InlineData(100_000, 50_000)]
    [InlineData(100_001, 50_000)]
    public void Calculate_OldGeneralPremiumAroundBand_AppliesFormulaIII(long premium, long expected)
    {
        var result = Calculate(2025, new LifeInsurancePremiums(0, premium, 0, 0, 0));

        Assert.Equal(expected, result.LifeInsuranceGeneral);
    }

    [Theory]
    // Formula II (2026 with a 扶養親族 under 23): x; x/2 + 15,000; x/4 + 30,000; 60,000.
    [InlineData(30_000, 30_000)]
    [InlineData(30_001, 30_001)]
    [InlineData(60_001, 45_001)]
    [InlineData(100_000, 55_000)]
    [InlineData(120_000, 60_000)]
    [InlineData(120_001, 60_000)]
    public void Calculate_NewGeneralPremiumWithYoungDependant2026_AppliesFormulaII(long premium, long expected)
    {
        var result = Calculate(2026, new LifeInsurancePremiums(premium, 0, 0, 0, 0), youngDependant: true);

        Assert.Equal(expected, result.LifeInsuranceGeneral);
    }

    [Theory]
    [InlineData(2025, true, 40_000)]
    [InlineData(2026, false, 40_000)]
    [InlineData(2026, true, 60_000)]
    public void Calculate_NewEightyThousandAndOldThirtyFiveThousand_CapsAtYearsCombinedLimit(int year, bool youngDependant, long expected)
    {
        var result = Calculate(year, new LifeInsurancePremiums(80_000, 35_000, 0, 0, 0), youngDependant);

        Assert.Equal(expected, result.LifeInsuranceGeneral);
    }

    [Theory]
    [InlineData(false, 50_000)]
    [InlineData(true, 60_000)]
    public void Calculate_NewTenThousandAndOldHundredThousand_OldAloneWinsWithoutSpecial(bool youngDependant, long expected)
    {
        var result = Calculate(2026, new LifeInsurancePremiums(10_000, 100_000, 0, 0, 0), youngDependant);

        Assert.Equal(expected, result.LifeInsuranceGeneral);
    }

    [Fact]
    public void Calculate_PensionNewAndOld_UsesOldAloneWhenLarger()
    {
        var result = Calculate(2026, new LifeInsurancePremiums(0, 0, 0, 30_000, 90_000));

        Assert.Equal(47_500, result.LifeInsurancePension);
    }

    [Fact]
    public void Calculate_ThreeCategoriesAboveTotalCap_CapsAtOneHundredTwentyThousand()
    {
        var result = Calculate(2025, new LifeInsurancePremiums(0, 200_000, 100_000, 0, 200_000));

        Assert.Equal(50_000 + 40_000 + 50_000, result.LifeInsuranceGeneral + result.LifeInsuranceCareMedical + result.LifeInsurancePension);
        Assert.Equal(120_000, result.LifeInsuranceDeduction);
    }

    [Theory]
    [InlineData(50_000, 0, 50_000)]
    [InlineData(50_001, 0, 50_000)]
    [InlineData(0, 10_000, 10_000)]
    [InlineData(0, 10_001, 10_001)]
    [InlineData(0, 14_800, 12_400)]
    [InlineData(0, 20_000, 15_000)]
    [InlineData(0, 20_001, 15_000)]
    [InlineData(0, 30_000, 15_000)]
    [InlineData(42_000, 14_800, 50_000)]
    [InlineData(30_000, 14_800, 42_400)]
    public void Calculate_EarthquakeAndOldLongTerm_AppliesFormulaAndCombinedCap(long earthquake, long oldLongTerm, long expected)
    {
        var result = Calculate(2026, default, earthquake: earthquake, oldLongTerm: oldLongTerm);

        Assert.Equal(expected, result.EarthquakeInsuranceDeduction);
    }
}
