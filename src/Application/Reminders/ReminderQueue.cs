using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Reminders.SendReminders;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.Reminders;

namespace YearEndAdjustment.Application.Reminders;

/// <summary>
/// Adds a round, the background job that mails it and the audit row to the unit of work; the caller saves, so the
/// three exist together or not at all. Used by the hand-sent command and the scheduled job alike.
/// </summary>
public static class ReminderQueue
{
    public static BackgroundJob Add(IAppDbContext db, ReminderRound round, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(round);
        var year = round.TaxYear.Value;
        var job = BackgroundJob.Enqueue(
            round.TenantId, SendRemindersPayload.Kind, new SendRemindersPayload(year, round.Id).ToJson(), round.RequestedBy,
            SendRemindersPayload.ConcurrencyKeyFor(year), nowUtc);
        round.AttachJob(job.Id);
        db.ReminderRounds.Add(round);
        db.BackgroundJobs.Add(job);
        var detail = round.DaysBefore is { } days ? $"year={year};scheduled={days}d" : $"year={year};by-hand";
        db.AuditEntries.Add(AuditEntry.Record(round.TenantId, nowUtc, round.RequestedBy, AuditAction.RemindersQueued, detail: detail));
        return job;
    }
}
