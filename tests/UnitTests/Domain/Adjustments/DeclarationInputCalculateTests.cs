using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// Inputs added so that every figure-changing field of the four declarations (forms-and-formats.md §1, see
// docs/calc-input-coverage.md) reaches the calculator: the previous employer's 小規模企業共済等掛金 and salary from
// payers not adjusted here (基礎控除申告書 ①).
public sealed class DeclarationInputCalculateTests
{
    [Fact]
    public void Calculate_PreviousEmployerSmallEnterpriseMutualAid_IsDeductedInFullApartFromSocialInsurance()
    {
        var baseline = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 4_000_000,
            PreviousEmployerSalary = 1_000_000,
            TaxWithheld = 0,
            SmallEnterpriseMutualAid = 100_000,
            PreviousEmployerSocialInsurance = 50_000,
        };
        var input = new AdjustmentInput
        {
            TaxYear = baseline.TaxYear,
            SalaryPaid = baseline.SalaryPaid,
            PreviousEmployerSalary = baseline.PreviousEmployerSalary,
            TaxWithheld = 0,
            SmallEnterpriseMutualAid = baseline.SmallEnterpriseMutualAid,
            PreviousEmployerSocialInsurance = baseline.PreviousEmployerSocialInsurance,
            PreviousEmployerSmallEnterpriseMutualAid = 23_000,
        };

        var before = AdjustmentCalculator.Calculate(baseline);
        var after = AdjustmentCalculator.Calculate(input, includeTrace: true);

        Assert.Equal(123_000, after.SmallEnterpriseMutualAidDeduction);
        Assert.Equal(50_000, after.SocialInsuranceDeduction);
        Assert.Equal(before.TotalDeductions + 23_000, after.TotalDeductions);
        var step = Assert.Single(after.Trace, line => line.Step.Code == "small_enterprise_mutual_aid_deduction");
        Assert.Equal(23_000, step.Inputs.Single(i => i.Name == "previousEmployerSmallEnterpriseMutualAid").Value);
    }

    [Theory]
    // 2025: salary 2,000,000 → 給与所得 1,320,000 → 基礎控除 950,000. With 500,000 from a second payer the employee's
    // 給与所得 is computed on 2,500,000 (→ 1,670,000), so 合計所得金額 moves to the 880,000 tier; the salary
    // adjusted and its 給与所得 stay those of this employer.
    [InlineData(0, 1_320_000, 950_000)]
    [InlineData(500_000, 1_670_000, 880_000)]
    public void Calculate_OtherPayersSalary_CountsTowardTotalIncomeOnly(long otherPayers, long totalIncome, long basic)
    {
        var input = new AdjustmentInput { TaxYear = 2025, SalaryPaid = 2_000_000, TaxWithheld = 0, OtherPayersSalary = otherPayers };

        var result = AdjustmentCalculator.Calculate(input);

        Assert.Equal(2_000_000, result.SalaryTotal);
        Assert.Equal(1_320_000, result.SalaryIncome);
        Assert.Equal(totalIncome, result.TotalIncome);
        Assert.Equal(basic, result.BasicDeduction);
    }

    [Fact]
    public void Calculate_OtherPayersSalaryOverIncomeAdjustmentThreshold_AdjustsTotalIncomeOnAllSalaries()
    {
        // This employer 8,000,000 (no 所得金額調整控除 in the adjustment itself); with 1,000,000 elsewhere the
        // employee's 給与所得 is 9,000,000 − 1,950,000 − 50,000 (child under 23) = 7,000,000.
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 8_000_000,
            TaxWithheld = 0,
            OtherPayersSalary = 1_000_000,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2026, 10), TotalIncome = 0 }],
        };

        var result = AdjustmentCalculator.Calculate(input, includeTrace: true);

        Assert.Equal(0, result.IncomeAdjustmentDeduction);
        Assert.Equal(6_100_000, result.SalaryIncome);
        Assert.Equal(7_000_000, result.TotalIncome);
        var step = Assert.Single(result.Trace, line => line.Step.Code == "total_income");
        Assert.Equal(7_000_000, step.Inputs.Single(i => i.Name == "salaryIncomeAllPayers").Value);
    }

    [Theory]
    // 勤労学生 2025: 合計所得 ≤ 850,000 of which non-employment income ≤ 100,000. A second job's 400,000 is salary:
    // 1,400,000 → 給与所得 750,000, still a working student. Declared as other income it would not be.
    [InlineData(400_000, 0, 270_000)]
    [InlineData(0, 400_000, 0)]
    public void Calculate_WorkingStudentWithSecondJob_TreatsItsPayAsSalary(long otherPayers, long otherIncome, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2025,
            SalaryPaid = 1_000_000,
            TaxWithheld = 0,
            OtherPayersSalary = otherPayers,
            OtherIncome = otherIncome,
            IsWorkingStudent = true,
        };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).WorkingStudentDeduction);
    }

    [Fact]
    public void Calculate_OtherPayersSalary_DoesNotCountTowardTheAdjustmentCeiling()
    {
        // 所得税法190条: the 20,000,000 ceiling is on the salary this payer adjusts.
        var input = new AdjustmentInput { TaxYear = 2026, SalaryPaid = 19_000_000, TaxWithheld = 0, OtherPayersSalary = 2_000_000 };

        var result = AdjustmentCalculator.Calculate(input);

        Assert.True(result.IsAdjusted);
        Assert.Equal(19_000_000 + 2_000_000 - 1_950_000, result.TotalIncome);
    }

    [Theory]
    [InlineData("previousEmployerSmallEnterpriseMutualAid")]
    [InlineData("otherPayersSalary")]
    public void Calculate_NegativeNewAmount_ThrowsNamingTheField(string field)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 1,
            TaxWithheld = 0,
            PreviousEmployerSmallEnterpriseMutualAid = field == "previousEmployerSmallEnterpriseMutualAid" ? -1 : 0,
            OtherPayersSalary = field == "otherPayersSalary" ? -1 : 0,
        };

        var error = Assert.Throws<DomainRuleViolationException>(() => AdjustmentCalculator.Calculate(input));

        Assert.Equal("adjustment.negative_amount", error.Code);
        Assert.StartsWith($"{field}:", error.Message, StringComparison.Ordinal);
    }
}
