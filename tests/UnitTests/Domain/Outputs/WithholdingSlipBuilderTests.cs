using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Tests.Outputs;

namespace YearEndAdjustment.UnitTests.Domain.Outputs;

public sealed class WithholdingSlipBuilderTests
{
    [Fact]
    public void Build_2024_PrintsTheFlatCutAndTheHousingCreditBreakdown()
    {
        var source = SlipSamples.Year2024();

        var slip = WithholdingSlipBuilder.Build(source);

        Assert.Equal("令和6年分 給与所得の源泉徴収票", slip.Layout.Title);
        Assert.False(slip.Layout.HasSpecificRelativeBoxes);
        Assert.Equal(6_000_000, slip.PaymentAmount);
        Assert.Equal(source.Result.SalaryIncome, slip.EmploymentIncomeAfterDeduction);
        Assert.Equal(source.Result.AnnualTax, slip.WithholdingTax);
        Assert.True(slip.SpouseFlags.Has);
        Assert.Equal(380_000, slip.SpouseDeduction);
        Assert.Equal(1, slip.Counts.Specific);
        Assert.Equal("山田 一郎", Assert.Single(slip.Dependants).Name);
        Assert.Equal("山田 花子", slip.Spouse?.Name);

        // 3 persons × 30,000 = 90,000 of cut; the remarks carry what was used and what could not be.
        Assert.Equal(90_000, source.Result.FlatTaxCut);
        Assert.Contains(slip.Remarks, r => r == $"源泉徴収時所得税減税控除済額{source.Result.FlatTaxCutApplied:#,0}円、控除外額{source.Result.FlatTaxCutUnabsorbed:#,0}円");
        Assert.Null(slip.SpecificRelativeDeduction);

        var loan = Assert.IsType<SlipHousingLoan>(slip.HousingLoan);
        Assert.Equal(1, loan.Count);
        Assert.Equal(200_000, loan.CreditAvailable);
        Assert.Equal(20_000_000, loan.YearEndBalance);
        Assert.Equal("住", loan.CategoryLabel);
        Assert.Equal(new DateOnly(2020, 3, 15), loan.ResidenceStartDate);
        Assert.Equal(source.Result.HousingLoanCredit, slip.HousingLoanCredit);
        Assert.True(slip.HousingLoanCredit > 0);
    }

    [Fact]
    public void Build_2025_CountsTheSpecificRelativeAndShowsItsDeduction()
    {
        var source = SlipSamples.Year2025();

        var slip = WithholdingSlipBuilder.Build(source);

        Assert.True(slip.Layout.HasSpecificRelativeBoxes);
        Assert.Equal(1, slip.Counts.SpecificRelatives);
        Assert.Equal(source.Result.SpecificRelativeDeduction, slip.SpecificRelativeDeduction);
        Assert.True(slip.SpecificRelativeDeduction > 0);
        Assert.Equal(0, slip.Counts.Specific);
        var named = Assert.Single(slip.Dependants);
        Assert.Equal(SlipPersonKind.SpecificRelative, named.Kind);
        Assert.Equal(new SlipLifePremiums(120_000, 50_000, 30_000, 60_000, 0), slip.LifePremiums);
        Assert.Equal(source.Result.LifeInsuranceDeduction, slip.LifeInsuranceDeduction);
        Assert.DoesNotContain(slip.Remarks, r => r.Contains("減税", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_2026_NamesFourPerListAndPutsTheRestAndThePreviousEmployerInRemarks()
    {
        var slip = WithholdingSlipBuilder.Build(SlipSamples.Year2026());

        Assert.Equal(["鈴木 長男", "鈴木 次男", "鈴木 三男", "鈴木 四男"], slip.Dependants.Select(p => p.Name));
        Assert.Equal(["鈴木 父", "鈴木 母"], slip.OverflowDependants.Select(p => p.Name));
        Assert.Equal(4, slip.YoungDependants.Count);
        Assert.Equal("鈴木 五子", Assert.Single(slip.OverflowYoungDependants).Name);
        Assert.Equal(5, slip.Counts.Young);
        Assert.Equal(2, slip.Counts.Elderly);
        Assert.Equal(1, slip.Counts.ElderlyCohabitingParents);
        Assert.Equal(1, slip.Counts.OtherDisabled);
        Assert.Equal(6_500_000, slip.PaymentAmount);
        Assert.Equal("前職分 支払金額2,500,000円 源泉徴収税額40,000円 社会保険料等370,000円 株式会社前職 大阪府大阪市北区梅田１－１ R8.5.31退職", Assert.Single(slip.Remarks));
        Assert.Equal(new SlipJoinLeave(Joined: true, Left: false, new DateOnly(2026, 6, 1)), slip.JoinLeave);
    }

    [Fact]
    public void Build_LeaverWithoutAdjustment_ShowsPaidAndWithheldOnly()
    {
        var source = SlipSamples.Leaver2025();

        var slip = WithholdingSlipBuilder.Build(source);

        Assert.False(slip.IsAdjusted);
        Assert.Equal(2_700_000, slip.PaymentAmount);
        Assert.Equal(61_000, slip.WithholdingTax);
        Assert.Equal(400_000, slip.SocialInsurance);
        Assert.Null(slip.EmploymentIncomeAfterDeduction);
        Assert.Null(slip.TotalDeductions);
        Assert.Null(slip.BasicDeduction);
        Assert.Equal(new SlipJoinLeave(Joined: false, Left: true, new DateOnly(2025, 9, 30)), slip.JoinLeave);
    }

    [Fact]
    public void Build_PreviousEmployerAmountsWithoutAName_StillGoToRemarks()
    {
        var source = SlipSamples.Year2026() with { PreviousEmployers = [] };

        var slip = WithholdingSlipBuilder.Build(source);

        Assert.Equal("前職分 支払金額2,500,000円 源泉徴収税額40,000円 社会保険料等370,000円", Assert.Single(slip.Remarks));
    }

    [Fact]
    public void Build_StatusTicks_FollowTheDeclaration()
    {
        var source = SlipSamples.Year2025();
        var forms = source.Forms with
        {
            Dependants = source.Forms.Dependants with { Self = OwnStatus.Empty with { IsWorkingStudent = true, Disability = YearEndAdjustment.Domain.Adjustments.DisabilityLevel.Special } },
        };

        var slip = WithholdingSlipBuilder.Build(source with { Forms = forms });

        Assert.True(slip.Ticks.WorkingStudent);
        Assert.True(slip.Ticks.SelfSpeciallyDisabled);
        Assert.False(slip.Ticks.SelfOtherDisabled);
        Assert.False(slip.Ticks.Minor);
    }

    [Theory]
    [InlineData(2019, 5, 1, 5, 1)]
    [InlineData(2019, 4, 30, 4, 31)]
    [InlineData(1989, 1, 7, 1, 64)]
    [InlineData(1975, 2, 28, 1, 50)]
    public void EraDate_SplitsAtEraBoundaries(int year, int month, int day, int eraCode, int eraYear)
    {
        var era = EraDate.Of(new DateOnly(year, month, day));

        Assert.Equal(eraCode, era.EraCode);
        Assert.Equal(eraYear, era.Year);
    }
}
