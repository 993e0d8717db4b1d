using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Reminders;
using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// Once a day from 09:00 Japan time (not at 02:00: people read the mail that morning), across all tenants: for each
/// year with a reminder schedule, the round due today (ReminderSchedule.DueOn) is queued as a background job run
/// as the admin who set the schedule. The round's unique (tenant, year, slot) key makes a second node's insert
/// fail, so each scheduled reminder is queued once; its mails are then claimed per declaration by the job.
/// </summary>
internal sealed class ReminderScheduleJob : IScheduledJob
{
    public static readonly TimeSpan SendFrom = new(9, 0, 0);

    public string Name => "reminders";

    public string? SlotAt(DateTime utcNow, string? maintenanceSlot)
    {
        var japan = JapanTime.ToJapan(utcNow);
        return japan.TimeOfDay >= SendFrom ? japan.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    public async Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = JapanTime.DateOf(nowUtc);
        var db = scope.GetRequiredService<AppDbContext>();
        var schedules = await db.ReminderSchedules.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking()
            .Where(s => s.DaysBefore != string.Empty)
            .ToListAsync(cancellationToken);
        long queued = 0;
        foreach (var schedule in schedules)
        {
            var (tenant, year) = (schedule.TenantId, schedule.TaxYear);
            var deadline = await db.Declarations.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Where(d => d.TenantId == tenant && d.TaxYear == year)
                .MinAsync(d => d.Deadline, cancellationToken);
            if (deadline is null || schedule.DueOn(today, deadline.Value) is not { } days)
            {
                continue;
            }

            var slot = ReminderRound.SlotFor(days);
            if (await db.ReminderRounds.IgnoreQueryFilters([AppDbContext.TenantFilter]).AnyAsync(
                    r => r.TenantId == tenant && r.TaxYear == year && r.SlotKey == slot, cancellationToken))
            {
                continue;
            }

            ReminderQueue.Add(db, ReminderRound.Scheduled(tenant, year, days, schedule.SetBy, nowUtc), nowUtc);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }
            catch (DbUpdateException)
            {
                // Another node queued this round first. Let go of ours only: the runner's ledger claim stays tracked.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        return queued;
    }
}
