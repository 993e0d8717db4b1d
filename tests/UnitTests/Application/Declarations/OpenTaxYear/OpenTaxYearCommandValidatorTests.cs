using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Application.Declarations.OpenTaxYear;

namespace YearEndAdjustment.UnitTests.Application.Declarations.OpenTaxYear;

/// <summary>Opening a year: supported year, a deadline from today (Japan) to 31 January of the next year, a scope.</summary>
public sealed class OpenTaxYearCommandValidatorTests
{
    // 2025-11-01 08:30 in Japan is still 31 October in UTC: "today" must be the Japan date.
    private readonly OpenTaxYearCommandValidator _validator = new(new FakeTimeProvider(new DateTimeOffset(2025, 10, 31, 23, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(2025, "2025-11-01")]
    [InlineData(2025, "2026-01-31")]
    [InlineData(2026, "2026-12-01")]
    public void ValidCommand_Passes(int year, string deadline) =>
        Assert.True(_validator.Validate(Command(year, deadline)).IsValid);

    [Theory]
    [InlineData(2023, "2025-11-30", "TaxYear")]
    [InlineData(2027, "2025-11-30", "TaxYear")]
    [InlineData(2025, "2025-10-31", "Deadline")]
    [InlineData(2025, "2026-02-01", "Deadline")]
    public void BadYearOrDeadline_NamesTheField(int year, string deadline, string field)
    {
        var result = _validator.Validate(Command(year, deadline));

        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public void NoScope_BadDepartmentCode_OrBadNumber_AreRefused()
    {
        var deadline = new DateOnly(2025, 11, 30);

        Assert.False(_validator.Validate(new OpenTaxYearCommand(2025, deadline, false, [], [])).IsValid);
        Assert.False(_validator.Validate(new OpenTaxYearCommand(2025, deadline, false, ["営業部"], [])).IsValid);
        Assert.False(_validator.Validate(new OpenTaxYearCommand(2025, deadline, false, [], ["E 01"])).IsValid);
        Assert.False(_validator.Validate(new OpenTaxYearCommand(2025, deadline, false, [.. Enumerable.Range(0, OpenTaxYearPayload.MaxDepartments + 1).Select(i => $"D{i}")], [])).IsValid);
        Assert.True(_validator.Validate(new OpenTaxYearCommand(2025, deadline, false, ["SALES"], ["E001"])).IsValid);
    }

    [Fact]
    public void TheLargestAllowedScope_FitsInAJobPayload()
    {
        var payload = new OpenTaxYearPayload(
            2025, new DateOnly(2025, 11, 30), new DateOnly(2025, 11, 1), false,
            [.. Enumerable.Range(0, OpenTaxYearPayload.MaxDepartments).Select(i => $"DEPARTMENT-CODE-{i:D4}")],
            [.. Enumerable.Range(0, OpenTaxYearPayload.MaxLeavers).Select(_ => Guid.NewGuid())]);

        Assert.True(payload.ToJson().Length <= YearEndAdjustment.Domain.Jobs.BackgroundJob.PayloadMaxLength);
        Assert.Equal(payload.Departments, OpenTaxYearPayload.FromJson(payload.ToJson()).Departments);
    }

    private static OpenTaxYearCommand Command(int year, string deadline) =>
        new(year, DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), true, [], []);
}
