using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// Runs the scheduled jobs inside the weekday maintenance window, or in a job's own slot (reminders: each
/// day from 09:00 Japan time, ADR 0040), once per slot across all nodes: each job claims its slot in the ledger, and
/// a claim left incomplete past its lease is taken over (ADR 0014).
/// </summary>
internal sealed partial class ScheduledJobRunner(
    IServiceScopeFactory scopes,
    IEnumerable<IScheduledJob> jobs,
    TimeProvider clock,
    IOptions<JobOptions> options,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await RunDueJobsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs every job whose slot is open now and not yet done; returns the names of jobs this call ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = SlotAt(now);
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            if (job.SlotAt(now, window) is not { } slot)
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await TryClaimAsync(db, job.Name, slot, now, cancellationToken) is not { } claim)
            {
                continue;
            }

            var affected = await job.RunAsync(scope.ServiceProvider, now, cancellationToken);
            claim.Complete(affected, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            LogJobDone(logger, job.Name, slot, affected);
            ran.Add(job.Name);
        }

        return ran;
    }

    /// <summary>The Japan date of the maintenance window containing <paramref name="utcNow"/>, or null outside it.</summary>
    public string? SlotAt(DateTime utcNow)
    {
        var japan = JapanTime.ToJapan(utcNow);
        var open = japan.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && japan.TimeOfDay >= options.Value.WindowStart && japan.TimeOfDay < options.Value.WindowEnd;
        return open ? japan.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private async Task<JobRun?> TryClaimAsync(AppDbContext db, string jobName, string slot, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Set<JobRun>().SingleOrDefaultAsync(j => j.JobName == jobName && j.SlotKey == slot, cancellationToken);
        try
        {
            if (existing is null)
            {
                var claim = JobRun.Claim(jobName, slot, _node, now);
                db.Add(claim);
                await db.SaveChangesAsync(cancellationToken);
                return claim;
            }

            if (!existing.CanBeTakenOver(now, options.Value.Lease))
            {
                return null;
            }

            existing.TakeOver(_node, now);
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }
        catch (DbUpdateException)
        {
            // Another node claimed the slot first (unique key) or took the stale claim over (concurrency token).
            db.ChangeTracker.Clear();
            return null;
        }
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Job {JobName} finished for slot {Slot}: {Affected} rows")]
    private static partial void LogJobDone(ILogger logger, string jobName, string slot, long affected);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Scheduled jobs failed ({ExceptionType}); the slot will be retried")]
    private static partial void LogRunFailed(ILogger logger, string exceptionType);
}
