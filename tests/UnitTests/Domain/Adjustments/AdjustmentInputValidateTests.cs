using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

public sealed class AdjustmentInputValidateTests
{
    [Fact]
    public void Calculate_NegativeSalary_ThrowsNamingTheField()
    {
        var error = Assert.Throws<DomainRuleViolationException>(
            () => AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2026, -1, 0, 0)));

        Assert.Equal("adjustment.negative_amount", error.Code);
        Assert.StartsWith("salaryPaid:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NegativeRelativeIncome_ThrowsNamingTheIndexedField()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 1,
            TaxWithheld = 0,
            Relatives =
            [
                new RelativeInput { BirthDate = new DateOnly(2010, 1, 1), TotalIncome = 0 },
                new RelativeInput { BirthDate = new DateOnly(2010, 1, 1), TotalIncome = -5 },
            ],
        };

        var error = Assert.Throws<DomainRuleViolationException>(() => AdjustmentCalculator.Calculate(input));

        Assert.Equal("adjustment.negative_amount", error.Code);
        Assert.StartsWith("relatives[1].totalIncome:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_RelativeBornAfterTheYear_ThrowsNamingTheField()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2025,
            SalaryPaid = 1,
            TaxWithheld = 0,
            Relatives = [new RelativeInput { BirthDate = new DateOnly(2026, 1, 1), TotalIncome = 0 }],
        };

        var error = Assert.Throws<DomainRuleViolationException>(() => AdjustmentCalculator.Calculate(input));

        Assert.Equal("adjustment.born_after_reference_date", error.Code);
        Assert.StartsWith("relatives[0].birthDate:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_RelativeBornOnDecemberThirtyFirst_IsAccepted()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2025,
            SalaryPaid = 1,
            TaxWithheld = 0,
            Relatives = [new RelativeInput { BirthDate = new DateOnly(2025, 12, 31), TotalIncome = 0 }],
        };

        Assert.Equal(1, AdjustmentCalculator.Calculate(input).YoungDependantCount);
    }

    [Fact]
    public void Calculate_AbsurdlyLargeAmount_ThrowsBeforeAnyOverflow()
    {
        var input = new AdjustmentInput { TaxYear = 2026, SalaryPaid = 1, TaxWithheld = 0, SocialInsuranceDeclared = long.MaxValue };

        var error = Assert.Throws<DomainRuleViolationException>(() => AdjustmentCalculator.Calculate(input));

        Assert.Equal("adjustment.amount_too_large", error.Code);
        Assert.StartsWith("socialInsuranceDeclared:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ReferenceDateInAnotherYear_ThrowsWithStableCode()
    {
        var input = new AdjustmentInput { TaxYear = 2026, SalaryPaid = 1, TaxWithheld = 0, ReferenceDate = new DateOnly(2027, 1, 1) };

        var error = Assert.Throws<DomainRuleViolationException>(() => AdjustmentCalculator.Calculate(input));

        Assert.Equal("adjustment.reference_date_outside_year", error.Code);
    }
}
