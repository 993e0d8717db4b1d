using System.Reflection;
using CsCheck;
using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// Properties over a few thousand generated employees. The samples come from a fixed PCG seed, so every run checks
// the same inputs; a failure message prints the input.
public sealed class AdjustmentCalculatePropertyTests
{
    private const int SampleCount = 3_000;

    internal static readonly Lazy<AdjustmentInput[]> Inputs = new(() => Generate(SampleCount));

    private static readonly Gen<long> Income = Gen.Frequency(
        (3, Gen.Long[0, 2_000_000]),
        (2, Gen.OneOf(0L, 480_000L, 480_001L, 580_000L, 580_001L, 620_000L, 620_001L, 850_000L, 950_001L, 1_230_000L, 1_330_001L)));

    private static readonly Gen<RelativeInput> Relative =
        from age in Gen.Int[0, 95]
        from income in Income
        from disability in Gen.Enum<DisabilityLevel>()
        from flags in Gen.Int[0, 31]
        select new RelativeInput
        {
            BirthDate = AdjustmentScenarios.BornAged(2026, age),
            TotalIncome = income,
            Disability = disability,
            LivesWithEmployee = (flags & 1) != 0,
            IsLinealAscendant = (flags & 2) != 0,
            IsChild = (flags & 4) != 0,
            IsNonResident = (flags & 8) != 0,
            NonResidentQualifies = (flags & 16) != 0,
        };

    private static readonly Gen<AdjustmentInput> Employee =
        from year in Gen.Int[2024, 2026]
        from salary in Gen.Frequency((4, Gen.Long[0, 12_000_000]), (1, Gen.Long[12_000_000, 20_000_000]))
        from withheld in Gen.Long[0, 2_000_000]
        from social in Gen.Long[0, 2_500_000]
        from otherIncome in Gen.Frequency((4, Gen.Const(0L)), (1, Gen.Long[0, 3_000_000]))
        from life in Gen.Long[0, 150_000].Array[5]
        from earthquake in Gen.Long[0, 60_000]
        from oldLongTerm in Gen.Long[0, 25_000]
        from housing in Gen.Frequency((2, Gen.Const(0L)), (1, Gen.Long[0, 400_000]))
        from hasSpouse in Gen.Bool
        from spouseAge in Gen.Int[20, 90]
        from spouseIncome in Income
        from relatives in Relative.Array[0, 4]
        from flags in Gen.Int[0, 15]
        from widow in Gen.Enum<WidowStatus>()
        from disability in Gen.Enum<DisabilityLevel>()
        select new AdjustmentInput
        {
            TaxYear = year,
            SalaryPaid = salary,
            TaxWithheld = withheld,
            SocialInsuranceWithheld = Math.Min(social, salary),
            OtherIncome = otherIncome,
            LifeInsurance = new LifeInsurancePremiums(life[0], life[1], life[2], life[3], life[4]),
            EarthquakePremium = earthquake,
            OldLongTermPremium = oldLongTerm,
            HousingLoanCredit = housing / 100 * 100,
            Spouse = hasSpouse ? new SpouseInput { BirthDate = AdjustmentScenarios.BornAged(year, spouseAge), TotalIncome = spouseIncome } : null,
            // Re-base the relatives' birth dates on the generated year so ages mean the same in every year.
            Relatives = [.. relatives.Select(r => Rebase(r, year))],
            IsSingleParent = (flags & 1) != 0,
            IsWorkingStudent = (flags & 2) != 0,
            Widow = widow,
            Disability = disability,
        };

    [Fact]
    public void Calculate_MoreSalaryAllElseFixed_NeverLowersAnnualTax()
    {
        foreach (var (input, index) in Inputs.Value.Select((input, index) => (input, index)))
        {
            var raise = 1 + (index * 7_919L % 600_000);
            var raised = With(input, salary: Math.Min(input.SalaryPaid + raise, 20_000_000));

            var before = AdjustmentCalculator.Calculate(input).AnnualTax;
            var after = AdjustmentCalculator.Calculate(raised).AnnualTax;

            Assert.True(after >= before, $"salary {input.SalaryPaid} → {raised.SalaryPaid}: {before} → {after} ({Describe(input)})");
        }
    }

    [Fact]
    public void Calculate_ExtraDeduction_NeverRaisesAnnualTax()
    {
        foreach (var (input, index) in Inputs.Value.Select((input, index) => (input, index)))
        {
            var extra = 1 + (index * 104_729L % 300_000);
            var baseline = AdjustmentCalculator.Calculate(input).AnnualTax;

            var moreSocial = AdjustmentCalculator.Calculate(With(input, socialInsuranceDeclared: input.SocialInsuranceDeclared + extra)).AnnualTax;
            var morePremium = AdjustmentCalculator.Calculate(With(input, lifeInsurance: input.LifeInsurance with { OldPension = input.LifeInsurance.OldPension + extra })).AnnualTax;
            var moreRelatives = AdjustmentCalculator.Calculate(With(input, relatives:
                [.. input.Relatives, new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(input.TaxYear, (int)(index % 90)), TotalIncome = 0 }])).AnnualTax;

            Assert.True(moreSocial <= baseline, $"social +{extra}: {baseline} → {moreSocial} ({Describe(input)})");
            Assert.True(morePremium <= baseline, $"premium +{extra}: {baseline} → {morePremium} ({Describe(input)})");
            Assert.True(moreRelatives <= baseline, $"relative added: {baseline} → {moreRelatives} ({Describe(input)})");
        }
    }

    [Fact]
    public void Calculate_AnyInput_AnnualTaxIsNonNegativeMultipleOfHundred()
    {
        foreach (var input in Inputs.Value)
        {
            var result = AdjustmentCalculator.Calculate(input);

            Assert.True(result.AnnualTax >= 0 && result.AnnualTax % 100 == 0, $"{result.AnnualTax} ({Describe(input)})");
            Assert.Equal(0, result.TaxableIncome % 1_000);
            Assert.Equal(result.AnnualTax - result.WithheldTaxTotal, result.Difference);
        }
    }

    [Fact]
    public void Calculate_Year2024_FlatCutNeverMakesTaxNegative()
    {
        foreach (var input in Inputs.Value.Where(input => input.TaxYear == 2024))
        {
            var result = AdjustmentCalculator.Calculate(input);

            Assert.True(result.TaxAfterFlatTaxCut >= 0, Describe(input));
            Assert.True(result.FlatTaxCutApplied <= result.TaxAfterHousingLoanCredit, Describe(input));
            Assert.Equal(result.FlatTaxCut, result.FlatTaxCutApplied + result.FlatTaxCutUnabsorbed);
            Assert.Equal(result.TaxAfterHousingLoanCredit - result.FlatTaxCutApplied, result.TaxAfterFlatTaxCut);
        }
    }

    [Fact]
    public void Calculate_WithAndWithoutTrace_GiveIdenticalAmounts()
    {
        var amounts = typeof(AdjustmentResult).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name != nameof(AdjustmentResult.Trace))
            .ToArray();

        foreach (var input in Inputs.Value)
        {
            var plain = AdjustmentCalculator.Calculate(input);
            var traced = AdjustmentCalculator.Calculate(input, includeTrace: true);

            foreach (var property in amounts)
            {
                Assert.Equal(property.GetValue(plain), property.GetValue(traced));
            }

            Assert.Equal(plain.AnnualTax, traced.Trace.Single(line => line.Step.Code == "annual_tax").Amount);
            Assert.Equal(plain.Difference, traced.Trace[^1].Amount);
        }
    }

    private static AdjustmentInput[] Generate(int count)
    {
        var pcg = new PCG(20_261_126, 5);
        var inputs = new AdjustmentInput[count];
        for (var i = 0; i < count; i++)
        {
            inputs[i] = Employee.Generate(pcg, null!, out _);
        }

        return inputs;
    }

    private static RelativeInput Rebase(RelativeInput relative, int year) => new()
    {
        BirthDate = relative.BirthDate.AddYears(year - 2026),
        TotalIncome = relative.TotalIncome,
        Disability = relative.Disability,
        LivesWithEmployee = relative.LivesWithEmployee,
        IsLinealAscendant = relative.IsLinealAscendant,
        IsChild = relative.IsChild,
        IsNonResident = relative.IsNonResident,
        NonResidentQualifies = relative.NonResidentQualifies,
    };

    private static AdjustmentInput With(
        AdjustmentInput input,
        long? salary = null,
        long? socialInsuranceDeclared = null,
        LifeInsurancePremiums? lifeInsurance = null,
        IReadOnlyList<RelativeInput>? relatives = null) => new()
    {
        TaxYear = input.TaxYear,
        SalaryPaid = salary ?? input.SalaryPaid,
        TaxWithheld = input.TaxWithheld,
        SocialInsuranceWithheld = input.SocialInsuranceWithheld,
        SocialInsuranceDeclared = socialInsuranceDeclared ?? input.SocialInsuranceDeclared,
        OtherIncome = input.OtherIncome,
        LifeInsurance = lifeInsurance ?? input.LifeInsurance,
        EarthquakePremium = input.EarthquakePremium,
        OldLongTermPremium = input.OldLongTermPremium,
        HousingLoanCredit = input.HousingLoanCredit,
        Spouse = input.Spouse,
        Relatives = relatives ?? input.Relatives,
        IsSingleParent = input.IsSingleParent,
        IsWorkingStudent = input.IsWorkingStudent,
        Widow = input.Widow,
        Disability = input.Disability,
    };

    private static string Describe(AdjustmentInput input) =>
        $"year {input.TaxYear}, salary {input.SalaryPaid}, other {input.OtherIncome}, social {input.SocialInsuranceWithheld}, "
        + $"life {input.LifeInsurance}, spouse {input.Spouse?.TotalIncome.ToString() ?? "none"}, "
        + $"relatives [{string.Join("; ", input.Relatives.Select(r => $"{r.BirthDate:yyyy-MM-dd} {r.TotalIncome} {r.Disability}"))}], "
        + $"singleParent {input.IsSingleParent}, widow {input.Widow}, student {input.IsWorkingStudent}, housing {input.HousingLoanCredit}";
}
