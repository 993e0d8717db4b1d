using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §14: 2024 定額減税 inside the year-end adjustment.
public sealed class FlatTaxCutCalculateTests
{
    private static AdjustmentInput Family(long employeeOtherIncome, long spouseIncome, bool spouseNonResident = false, bool childNonResident = false) => new()
    {
        TaxYear = 2024,
        SalaryPaid = 10_000_000,
        TaxWithheld = 0,
        OtherIncome = employeeOtherIncome,
        Spouse = new SpouseInput { BirthDate = AdjustmentScenarios.BornAged(2024, 40), TotalIncome = spouseIncome, IsNonResident = spouseNonResident },
        Relatives =
        [
            new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2024, 10), TotalIncome = 0, IsChild = true, IsNonResident = childNonResident },
            new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2024, 25), TotalIncome = 480_001 },
        ],
    };

    [Theory]
    [InlineData(480_000, false, false, 3)]
    [InlineData(480_001, false, false, 2)]
    [InlineData(0, true, false, 2)]
    [InlineData(0, false, true, 2)]
    public void Calculate_Household2024_CountsResidentSpouseAndDependantsWithinLimit(long spouseIncome, bool spouseNonResident, bool childNonResident, int persons)
    {
        var result = AdjustmentCalculator.Calculate(Family(0, spouseIncome, spouseNonResident, childNonResident));

        Assert.Equal(persons, result.FlatTaxCutPersons);
        Assert.Equal(persons * 30_000L, result.FlatTaxCut);
        Assert.Equal(result.FlatTaxCut, result.FlatTaxCutApplied + result.FlatTaxCutUnabsorbed);
    }

    [Fact]
    public void Calculate_EmployeeAboveTenMillionWithSpouse_CountsSpouseThoughNoSpouseDeduction()
    {
        // Salary 10,000,000 → 8,050,000 − 150,000 所得金額調整控除 (child under 23) = 7,900,000;
        // other income 2,200,000 → 合計所得 10,100,000 > 10,000,000.
        var result = AdjustmentCalculator.Calculate(Family(2_200_000, 0));

        Assert.Equal(0, result.SpouseDeduction);
        Assert.Equal(3, result.FlatTaxCutPersons);
    }

    [Theory]
    // Salary 10,000,000 gives 給与所得 7,900,000 (after the 150,000 所得金額調整控除); the rest is other income.
    [InlineData(10_150_000, 3)]
    [InlineData(10_150_001, 0)]
    public void Calculate_EmployeeTotalIncomeAroundLimit_CutsOnlyUpTo18050000(long otherIncome, int persons)
    {
        var result = AdjustmentCalculator.Calculate(Family(otherIncome, 0));

        Assert.Equal(7_900_000 + otherIncome, result.TotalIncome);
        Assert.Equal(persons, result.FlatTaxCutPersons);
    }

    [Fact]
    public void Calculate_CutAfterHousingCredit_NeverMakesTaxNegative()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2024,
            SalaryPaid = 3_000_000,
            TaxWithheld = 50_000,
            SocialInsuranceWithheld = 450_000,
            HousingLoanCredit = 40_000,
        };

        // 3,000,000 → 2,020,000; deductions 450,000 + 480,000 → taxable 1,090,000 → tax 54,500;
        // − housing 40,000 = 14,500; − cut 30,000 → 0, unabsorbed 15,500.
        var result = AdjustmentCalculator.Calculate(input);

        Assert.Equal(54_500, result.ComputedTax);
        Assert.Equal(14_500, result.TaxAfterHousingLoanCredit);
        Assert.Equal(14_500, result.FlatTaxCutApplied);
        Assert.Equal(15_500, result.FlatTaxCutUnabsorbed);
        Assert.Equal(0, result.AnnualTax);
        Assert.Equal(-50_000, result.Difference);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Calculate_YearsAfter2024_HaveNoFlatCut(int year)
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(year, 6_000_000, 0, 900_000));

        Assert.Equal(0, result.FlatTaxCutPersons);
        Assert.Equal(0, result.FlatTaxCut);
        Assert.Equal(result.TaxAfterHousingLoanCredit, result.TaxAfterFlatTaxCut);
    }
}
