using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// 扶養控除等申告書 section D (他の所得者が控除を受ける扶養親族等): a relative another earner claims is that earner's
// 扶養親族 only (所得税法85条5項), yet still qualifies this employee for 所得金額調整控除 (tax-rules.md §5).
public sealed class ClaimedByAnotherEarnerCalculateTests
{
    private static AdjustmentInput WithRelative(int year, long salary, RelativeInput relative) => new()
    {
        TaxYear = year,
        SalaryPaid = salary,
        TaxWithheld = 0,
        Relatives = [relative],
    };

    private static RelativeInput Child(int year, int age, bool claimedByAnotherEarner, long income = 0) => new()
    {
        BirthDate = AdjustmentScenarios.BornAged(year, age),
        TotalIncome = income,
        IsChild = true,
        ClaimedByAnotherEarner = claimedByAnotherEarner,
    };

    [Theory]
    [InlineData(2024, 17, false, 380_000)]
    [InlineData(2024, 17, true, 0)]
    [InlineData(2025, 20, false, 630_000)]
    [InlineData(2025, 20, true, 0)]
    [InlineData(2026, 40, false, 380_000)]
    [InlineData(2026, 40, true, 0)]
    public void Calculate_DependantClaimedByAnotherEarner_GivesNoDependantDeduction(int year, int age, bool claimed, long expected)
    {
        var result = AdjustmentCalculator.Calculate(WithRelative(year, 6_000_000, Child(year, age, claimed)));

        Assert.Equal(expected, result.DependantDeduction);
        Assert.Equal(claimed ? 0 : 1, result.GeneralDependantCount + result.SpecificDependantCount);
    }

    [Theory]
    // Salary 9,000,000 → 50,000 when a qualifying person exists. The other parent's claim does not matter (§5);
    // the relative must still be within the year's 扶養親族 income limit and under 23.
    [InlineData(10, 0, 50_000)]
    [InlineData(22, 620_000, 50_000)]
    [InlineData(22, 620_001, 0)]
    [InlineData(23, 0, 0)]
    public void Calculate_ChildClaimedByAnotherEarner_StillQualifiesForIncomeAdjustment(int age, long income, long expected)
    {
        var result = AdjustmentCalculator.Calculate(WithRelative(2026, 9_000_000, Child(2026, age, claimedByAnotherEarner: true, income)));

        Assert.Equal(expected, result.IncomeAdjustmentDeduction);
        Assert.Equal(result.EmploymentIncome - expected, result.SalaryIncome);
        Assert.Equal(0, result.DependantDeduction);
        Assert.Equal(0, result.SpecificRelativeDeduction);
    }

    [Theory]
    [InlineData(false, 750_000)]
    [InlineData(true, 0)]
    public void Calculate_SpeciallyDisabledAdultClaimedByAnotherEarner_QualifiesForIncomeAdjustmentWithoutDisabilityDeduction(bool claimed, long disability)
    {
        var relative = new RelativeInput
        {
            BirthDate = AdjustmentScenarios.BornAged(2025, 50),
            TotalIncome = 0,
            Disability = DisabilityLevel.Special,
            LivesWithEmployee = true,
            ClaimedByAnotherEarner = claimed,
        };

        var result = AdjustmentCalculator.Calculate(WithRelative(2025, 9_000_000, relative));

        Assert.Equal(50_000, result.IncomeAdjustmentDeduction);
        Assert.Equal(disability, result.DisabilityDeduction);
    }

    [Theory]
    // Employee + same-household spouse + own child under 16 + the second child: 4 persons, 3 when the other parent
    // claims the second child (tax-rules.md §14 follows the 扶養控除's attribution).
    [InlineData(false, 4)]
    [InlineData(true, 3)]
    public void Calculate_FlatTaxCut2024_DoesNotCountRelativeClaimedByAnotherEarner(bool claimed, int persons)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2024,
            SalaryPaid = 7_000_000,
            TaxWithheld = 0,
            Spouse = new SpouseInput { BirthDate = AdjustmentScenarios.BornAged(2024, 40), TotalIncome = 0 },
            Relatives = [Child(2024, 12, claimedByAnotherEarner: false), Child(2024, 10, claimed)],
        };

        var result = AdjustmentCalculator.Calculate(input);

        Assert.Equal(persons, result.FlatTaxCutPersons);
        Assert.Equal(persons * 30_000L, result.FlatTaxCut);
    }

    [Theory]
    [InlineData(false, 1, 410_000)]
    [InlineData(true, 0, 0)]
    public void Calculate_SpecificRelativeClaimedByAnotherEarner_GivesNoSpecificRelativeDeduction(bool claimed, int count, long expected)
    {
        var result = AdjustmentCalculator.Calculate(WithRelative(2025, 6_000_000, Child(2025, 21, claimed, income: 1_000_000)));

        Assert.Equal(count, result.SpecificRelativeCount);
        Assert.Equal(expected, result.SpecificRelativeDeduction);
    }

    [Theory]
    [InlineData(false, 350_000)]
    [InlineData(true, 0)]
    public void Calculate_SingleParentWhoseOnlyChildAnotherEarnerClaims_GetsNoSingleParentDeduction(bool claimed, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 4_000_000,
            TaxWithheld = 0,
            IsSingleParent = true,
            Relatives = [Child(2026, 8, claimed)],
        };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).SingleParentDeduction);
    }

    [Theory]
    [InlineData(false, 270_000)]
    [InlineData(true, 0)]
    public void Calculate_DivorcedWidowWhoseOnlyDependantAnotherEarnerClaims_GetsNoWidowDeduction(bool claimed, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2025,
            SalaryPaid = 4_000_000,
            TaxWithheld = 0,
            Widow = WidowStatus.Divorced,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2025, 75), TotalIncome = 0, ClaimedByAnotherEarner = claimed }],
        };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).WidowDeduction);
    }

    [Theory]
    // 2026 special: new 一般 120,000 gives 60,000 with a 扶養親族 under 23, 40,000 without. Whether a child the other
    // parent claims counts is a per-year rules flag (措置法通達41の15の5-1 per secondary sources).
    [InlineData(true, 60_000)]
    [InlineData(false, 40_000)]
    public void Calculate_LifeInsurance2026_CountsChildClaimedByAnotherEarnerAsTheRulesSay(bool includeOtherEarnersRelatives, long expected)
    {
        var rules = TaxYearRulesCatalog.For(2026) with { LifeInsuranceYoungDependantIncludesOtherEarnersRelatives = includeOtherEarnersRelatives };
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 6_000_000,
            TaxWithheld = 0,
            LifeInsurance = new LifeInsurancePremiums(NewGeneral: 120_000, OldGeneral: 0, CareMedical: 0, NewPension: 0, OldPension: 0),
            Relatives = [Child(2026, 10, claimedByAnotherEarner: true)],
        };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input, rules).LifeInsuranceGeneral);
    }

    [Fact]
    public void Rules2026_CountChildClaimedByAnotherEarnerForLifeInsuranceSpecial()
    {
        Assert.True(TaxYearRulesCatalog.For(2026).LifeInsuranceYoungDependantIncludesOtherEarnersRelatives);
    }

    [Fact]
    public void Calculate_ClaimedByAnotherEarnerWithTrace_ReportsTheCountOnTheDependantStep()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 6_000_000,
            TaxWithheld = 0,
            Relatives = [Child(2026, 17, claimedByAnotherEarner: false), Child(2026, 15, claimedByAnotherEarner: true), Child(2026, 12, claimedByAnotherEarner: true)],
        };

        var result = AdjustmentCalculator.Calculate(input, includeTrace: true);

        var step = Assert.Single(result.Trace, line => line.Step.Code == "dependant_deduction");
        Assert.Equal(2, step.Inputs.Single(i => i.Name == "claimedByAnotherEarner").Value);
        Assert.Equal(380_000, step.Amount);
    }
}
