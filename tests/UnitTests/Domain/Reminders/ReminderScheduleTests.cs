using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Deadline = new(2025, 11, 28);

    [Theory]
    [InlineData("2025-11-20", null)]
    [InlineData("2025-11-21", 7)]
    [InlineData("2025-11-25", 7)]
    [InlineData("2025-11-26", 2)]
    [InlineData("2025-11-28", 2)]
    [InlineData("2025-11-29", null)]
    public void DueOn_IsTheSmallestOffsetWhoseDayHasCome_UntilTheDeadline(string today, int? expected)
    {
        var schedule = ReminderSchedule.Create(TenantId.New(), new TaxYear(2025), [2, 7, 7], new AccountId(Guid.CreateVersion7()), DateTime.UtcNow);

        Assert.Equal("7,2", schedule.DaysBefore);
        Assert.Equal(expected, schedule.DueOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Deadline));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void Create_RefusesDaysOutOfRange(int day) =>
        Assert.Equal("reminder.days_invalid", Assert.Throws<DomainRuleViolationException>(() =>
            ReminderSchedule.Create(TenantId.New(), new TaxYear(2025), [day], new AccountId(Guid.CreateVersion7()), DateTime.UtcNow)).Code);

    [Fact]
    public void EmptySchedule_IsNeverDue()
    {
        var schedule = ReminderSchedule.Create(TenantId.New(), new TaxYear(2025), [], new AccountId(Guid.CreateVersion7()), DateTime.UtcNow);

        Assert.Null(schedule.DueOn(Deadline, Deadline));
    }
}
