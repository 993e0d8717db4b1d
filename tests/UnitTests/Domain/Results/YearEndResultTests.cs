using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Results;

public sealed class YearEndResultTests
{
    private static readonly TenantId Tenant = new(Guid.Parse("0196f000-0000-7000-8000-000000000001"));
    private static readonly EmployeeId Employee = new(Guid.Parse("0196f000-0000-7000-8000-000000000002"));
    private static readonly AccountId Admin = new(Guid.Parse("0196f000-0000-7000-8000-000000000003"));
    private static readonly DateTime Now = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly CalculationStamp Stamp = new(new DeclarationId(Guid.Parse("0196f000-0000-7000-8000-000000000004")), 5, 1, Now, null);

    private static AdjustmentInput Input(long salary, long withheld = 100_000) => new() { TaxYear = 2025, SalaryPaid = salary, TaxWithheld = withheld };

    private static YearEndResult Stored(AdjustmentInput input) =>
        YearEndResult.Record(Tenant, Employee, Stamp, InputFingerprint.Of(input), AdjustmentCalculator.Calculate(input, includeTrace: true), Guid.NewGuid(), Now);

    [Fact]
    public void Record_KeepsEveryFigureOfTheCalculator_AndTheTrace()
    {
        var input = Input(5_000_000);
        var expected = AdjustmentCalculator.Calculate(input, includeTrace: true);
        var stored = Stored(input);

        Assert.Equal((expected.AnnualTax, expected.Difference, expected.TotalDeductions, expected.TaxableIncome), (stored.AnnualTax, stored.Difference, stored.TotalDeductions, stored.TaxableIncome));
        Assert.Equal(expected.Trace.Select(l => (l.Step.Code, l.Amount)), ResultTrace.Parse(stored.TraceJson).Select(l => (l.Code, l.Amount)));
        Assert.Equal(expected.Trace[0].Inputs, ResultTrace.Parse(stored.TraceJson)[0].Inputs);
        Assert.False(stored.IsPublished);
    }

    [Fact]
    public void Fingerprint_IsEqualForEqualInputs_AndDiffersWhenAFigureChanges()
    {
        Assert.Equal(InputFingerprint.Of(Input(5_000_000)), InputFingerprint.Of(Input(5_000_000)));
        Assert.NotEqual(InputFingerprint.Of(Input(5_000_000)), InputFingerprint.Of(Input(5_000_001)));
        Assert.Equal(InputFingerprint.Length, InputFingerprint.Of(Input(1)).Length);
    }

    [Fact]
    public void Stamp_TellsWhetherAnythingChangedSinceTheCalculation()
    {
        var stored = Stored(Input(5_000_000));
        Assert.True(stored.IsStampedWith(Stamp));
        Assert.False(stored.IsStampedWith(Stamp with { DeclarationVersion = 6 }));
        Assert.False(stored.IsStampedWith(Stamp with { PayrollVersion = 2 }));
        Assert.False(stored.IsStampedWith(Stamp with { PayrollUpdatedAtUtc = Now.AddMinutes(1) }));
        Assert.False(stored.IsStampedWith(Stamp with { LeaveDate = new DateOnly(2025, 6, 30) }));
    }

    [Fact]
    public void PublishingAStaleResult_IsRefused_AndNothingChanges()
    {
        var stored = Stored(Input(5_000_000));
        var refused = Assert.Throws<DomainRuleViolationException>(() => stored.Publish(ResultFreshness.Stale, Admin, Now));
        Assert.Equal(YearEndResult.StalePublishCode, refused.Code);
        Assert.False(stored.IsPublished);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public void Publish_ThenUnpublish_RecordsWhoAndWhen_AndMovesTheVersion()
    {
        var stored = Stored(Input(5_000_000));
        stored.Publish(ResultFreshness.Current, Admin, Now);
        Assert.Equal((true, (DateTime?)Now, (AccountId?)Admin, 2), (stored.IsPublished, stored.PublishedAtUtc, stored.PublishedBy, stored.Version));

        stored.Publish(ResultFreshness.Current, Admin, Now.AddHours(1));
        Assert.Equal(((DateTime?)Now, 2), (stored.PublishedAtUtc, stored.Version));

        stored.Unpublish();
        Assert.Equal((false, (DateTime?)null, (AccountId?)null, 3), (stored.IsPublished, stored.PublishedAtUtc, stored.PublishedBy, stored.Version));
    }

    [Fact]
    public void NewFigures_AreUnpublished_ButARestampKeepsPublication()
    {
        var stored = Stored(Input(5_000_000));
        stored.Publish(ResultFreshness.Current, Admin, Now);

        stored.Restamp(Stamp with { DeclarationVersion = 6 }, Guid.NewGuid(), Now);
        Assert.True(stored.IsPublished);
        Assert.True(stored.IsStampedWith(Stamp with { DeclarationVersion = 6 }));

        var changed = Input(6_000_000);
        stored.Replace(Stamp with { DeclarationVersion = 7 }, InputFingerprint.Of(changed), AdjustmentCalculator.Calculate(changed, includeTrace: true), Guid.NewGuid(), Now);
        Assert.False(stored.IsPublished);
        Assert.Equal(AdjustmentCalculator.Calculate(changed).AnnualTax, stored.AnnualTax);
        Assert.True(stored.HasSameInput(InputFingerprint.Of(changed)));
    }

    [Fact]
    public void ANotAdjustedCase_KeepsItsReason_AndRefundAndCollectionSplitTheDifference()
    {
        var over = Stored(Input(21_000_000));
        Assert.Equal(NotAdjustedReason.SalaryOverCeiling, over.NotAdjustedReason);
        Assert.False(over.IsAdjusted);

        var refund = Stored(Input(5_000_000, withheld: 500_000));
        Assert.True(refund.Difference < 0);
        Assert.Equal((-refund.Difference, 0L), (refund.Refund, refund.Collection));
    }

    [Fact]
    public void AResultOfAnotherYear_CannotReplaceTheStoredOne()
    {
        var stored = Stored(Input(5_000_000));
        var other = new AdjustmentInput { TaxYear = 2026, SalaryPaid = 5_000_000, TaxWithheld = 100_000 };
        Assert.Throws<DomainRuleViolationException>(() =>
            stored.Replace(Stamp, InputFingerprint.Of(other), AdjustmentCalculator.Calculate(other), Guid.NewGuid(), Now));
        Assert.Equal(2025, stored.TaxYear.Value);
    }
}
