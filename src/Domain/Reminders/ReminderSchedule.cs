using System.Globalization;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Reminders;

/// <summary>
/// When reminders for one tax year go out by themselves: on each of the given days before the deadline (Japan
/// date), to everyone who has not submitted by then. The scheduled job queues each as the account that set it.
/// </summary>
public sealed class ReminderSchedule : AggregateRoot, ITenantOwned
{
    public const int MaxDays = 5;
    public const int MaxDaysBefore = 60;

    private static readonly RuleMessage DaysInvalid = new("reminder.days_invalid", "送信日は期限の0〜{0}日前の数を、カンマ区切りで{1}個まで入力してください。");

    private ReminderSchedule()
    {
        DaysBefore = string.Empty;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public TaxYear TaxYear { get; private set; }

    /// <summary>Days before the deadline, largest first, comma separated (e.g. "7,2"); empty means none.</summary>
    public string DaysBefore { get; private set; }

    /// <summary>The scheduled rounds run with this account's rights at the time (ADR 0032).</summary>
    public AccountId SetBy { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyList<int> Days => Parse(DaysBefore);

    public static ReminderSchedule Create(TenantId tenantId, TaxYear year, IEnumerable<int> days, AccountId setBy, DateTime nowUtc)
    {
        var schedule = new ReminderSchedule { Id = Guid.CreateVersion7(), TenantId = tenantId, TaxYear = year };
        schedule.Change(days, setBy, nowUtc);
        return schedule;
    }

    public void Change(IEnumerable<int> days, AccountId setBy, DateTime nowUtc)
    {
        var list = days.Distinct().OrderDescending().ToList();
        if (list.Count > MaxDays || list.Any(d => d is < 0 or > MaxDaysBefore))
        {
            throw new DomainRuleViolationException(DaysInvalid.Key, DaysInvalid.With(MaxDaysBefore, MaxDays));
        }

        DaysBefore = string.Join(',', list.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        SetBy = setBy;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>
    /// The one reminder due on <paramref name="today"/>: the smallest offset whose day has come, while the deadline
    /// has not passed. Earlier offsets missed (the service was down) are not sent late on top of it.
    /// </summary>
    public int? DueOn(DateOnly today, DateOnly deadline) =>
        today > deadline ? null : Days.Where(d => deadline.AddDays(-d) <= today).Cast<int?>().Min();

    private static int[] Parse(string text) =>
        text.Length == 0 ? [] : [.. text.Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture))];
}
