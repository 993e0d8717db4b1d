using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Application.Employees.AddFamilyMember;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.UnitTests.Application.Employees.AddFamilyMember;

public sealed class AddFamilyMemberCommandValidatorTests
{
    // 15:30 UTC on 31 March is already 1 April in Japan: "the future" is judged by the Japan date.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 31, 15, 30, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(2026, 4, 1, true)]
    [InlineData(2026, 4, 2, false)]
    public void BirthDate_UpToTodayInJapan_IsAccepted(int year, int month, int day, bool valid)
    {
        var result = new AddFamilyMemberCommandValidator(Clock).Validate(Command(new DateOnly(year, month, day), 0, null));

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(FamilyMemberDetails.MaxEstimatedIncome, true)]
    [InlineData(-1, false)]
    [InlineData(FamilyMemberDetails.MaxEstimatedIncome + 1, false)]
    public void EstimatedIncome_FromZeroToElevenDigits_IsAccepted(long income, bool valid) =>
        Assert.Equal(valid, new AddFamilyMemberCommandValidator(Clock).Validate(Command(new DateOnly(2000, 1, 1), income, null)).IsValid);

    [Theory]
    [InlineData("", true)]
    [InlineData("123456789018", true)]
    [InlineData("１２３４-５６７８-９０１８", true)]
    [InlineData("123456789019", false)]
    [InlineData("12345678901", false)]
    public void MyNumber_BlankOrWithAValidCheckDigit_IsAccepted(string myNumber, bool valid)
    {
        var result = new AddFamilyMemberCommandValidator(Clock).Validate(Command(new DateOnly(2000, 1, 1), 0, myNumber));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.DoesNotContain("1234", e.ErrorMessage, StringComparison.Ordinal));
    }

    private static AddFamilyMemberCommand Command(DateOnly birthDate, long income, string? myNumber) =>
        new(Guid.CreateVersion7(), 1, "山田 花子", "ヤマダ ハナコ", FamilyRelationship.Spouse, birthDate, true, DisabilityKind.None, false, income, myNumber);
}
