using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// Takes queued background jobs from the database and runs them (ADR 0032). Any node may take any job: the claim
/// is an optimistic update of the job's version, so two nodes never run one job together. While a job runs, its
/// progress and a renewed lease are written every <see cref="ProgressInterval"/>; a node that dies stops renewing,
/// and once the lease runs out another node takes the job over (at most <see cref="BackgroundJob.MaxAttempts"/>).
/// </summary>
internal sealed partial class BackgroundJobRunner(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<JobOptions> options,
    ILogger<BackgroundJobRunner> logger) : BackgroundService
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    /// <summary>This node's name in leases; settable so tests can play two nodes.</summary>
    public string Node { get; init; } = NodeName();

    private static string NodeName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length <= 128 ? name : name[^128..];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.QueuePollInterval, clock);
        do
        {
            try
            {
                while (await RunNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Claims and runs the oldest claimable job; false when there was none to take.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        if (await ClaimAsync(cancellationToken) is not { } job)
        {
            return false;
        }

        await RunAsync(job, cancellationToken);
        return true;
    }

    private async Task<BackgroundJob?> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var candidates = await db.BackgroundJobs.IgnoreQueryFilters()
            .Where(j => j.State == BackgroundJobState.Queued || (j.State == BackgroundJobState.Running && j.LeaseExpiresAtUtc <= now))
            .OrderBy(j => j.CreatedAtUtc)
            .Take(5)
            .ToListAsync(cancellationToken);
        foreach (var job in candidates)
        {
            try
            {
                var taken = job.Claim(Node, now, options.Value.QueueLease);
                await db.SaveChangesAsync(cancellationToken);
                if (taken)
                {
                    return job;
                }

                LogAbandoned(logger, job.Id, job.Kind);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node claimed it first; try the next one.
                db.ChangeTracker.Clear();
            }
        }

        return null;
    }

    private async Task RunAsync(BackgroundJob job, CancellationToken stoppingToken)
    {
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var progress = new LatestProgress();
        string? result = null;
        string? failure = null;
        try
        {
            // Handlers are scoped: they use the job scope's DbContext, tenant and caller.
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IBackgroundJobHandler>().SingleOrDefault(h => h.Kind == job.Kind)
                ?? throw new JobFailedException("job.unknown_kind", "Unknown job kind.");
            await EnterAsync(scope.ServiceProvider, job, leaseLost.Token);
            var heartbeat = HeartbeatAsync(job, progress, leaseLost, leaseLost.Token);
            try
            {
                result = await handler.RunAsync(new BackgroundJobContext(job.Id, job.Payload, job.Attempts, progress), leaseLost.Token);
            }
            finally
            {
                await leaseLost.CancelAsync();
                await heartbeat;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // This node is stopping: the lease runs out and another node takes the job over.
            return;
        }
        catch (JobFailedException ex)
        {
            failure = ex.Code;
        }
        catch (Exception ex)
        {
            // The log has the type and stack, never the payload or data; the page shows a plain message.
            LogJobFailed(logger, ex, job.Id, job.Kind);
            failure = "job.failed";
        }

        await FinishAsync(job.Id, progress.Latest, result, failure, stoppingToken);
    }

    /// <summary>The job runs inside its tenant, as its requester with the rights they hold now (ADR 0032).</summary>
    private static async Task EnterAsync(IServiceProvider services, BackgroundJob job, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var tenantContext = services.GetRequiredService<TenantContext>();

        // Tenants are global rows: readable before the scope is bound to one.
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == job.TenantId, cancellationToken)
            ?? throw new JobFailedException("job.tenant_gone", "The tenant no longer exists.");
        tenantContext.Enter(tenant.Id, tenant.Slug.Value, tenant.DisplayName);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == job.RequestedBy, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            throw new JobFailedException("job.requester_disabled", "The account that started the job can no longer sign in.");
        }

        services.GetRequiredService<JobCaller>().Set(account);
    }

    /// <summary>Writes progress and renews the lease; cancels the job when another node has taken it.</summary>
    private async Task HeartbeatAsync(BackgroundJob job, LatestProgress progress, CancellationTokenSource leaseLost, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProgressInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (await WriteProgressAsync(job.Id, progress.Latest, cancellationToken) == false)
                {
                    LogLeaseLost(logger, job.Id);
                    await leaseLost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>True when written, false when the lease is no longer ours, null when the database was busy.</summary>
    private async Task<bool?> WriteProgressAsync(Guid jobId, BackgroundJobProgress? latest, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = now + options.Value.QueueLease;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // SQLite has one writer, and on PostgreSQL the job's own transaction may hold this row's lock: while it does,
        // skip this beat rather than wait.
        db.Database.SetCommandTimeout(1);
        try
        {
            var mine = db.BackgroundJobs.IgnoreQueryFilters()
                .Where(j => j.Id == jobId && j.LeaseOwner == Node && j.State == BackgroundJobState.Running);
            var rows = latest is null
                ? await mine.ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseExpiresAtUtc, lease), cancellationToken)
                : await mine.ExecuteUpdateAsync(set => set
                    .SetProperty(j => j.LeaseExpiresAtUtc, lease)
                    .SetProperty(j => j.Stage, latest.Stage)
                    .SetProperty(j => j.Done, latest.Done)
                    .SetProperty(j => j.Total, latest.Total), cancellationToken);
            return rows == 1;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            return null;
        }
        catch (Npgsql.NpgsqlException ex) when (ex.InnerException is TimeoutException || ex is Npgsql.PostgresException { SqlState: "57014" or "55P03" })
        {
            // 57014: cancelled by the command timeout; 55P03: lock not available.
            return null;
        }
    }

    private async Task FinishAsync(Guid jobId, BackgroundJobProgress? latest, string? result, string? failure, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.BackgroundJobs.IgnoreQueryFilters().SingleAsync(j => j.Id == jobId, cancellationToken);
        if (job.LeaseOwner != Node || job.State != BackgroundJobState.Running)
        {
            // Taken over meanwhile: the other node's run decides the outcome.
            return;
        }

        job.ReportFinal(latest?.Stage, latest?.Done ?? job.Done, latest?.Total ?? job.Total);
        if (failure is null)
        {
            job.Succeed(result, now);
        }
        else
        {
            job.Fail(failure, now);
        }

        await db.SaveChangesAsync(cancellationToken);

        // What the job wrote (results, imported rows) shows in this node's cached read models on the next view (ADR 0056).
        scope.ServiceProvider.GetRequiredService<Application.Abstractions.TenantWriteGeneration>().Advance(job.TenantId);

        LogJobFinished(logger, jobId, job.Kind, job.State.ToString());
    }

    /// <summary>Keeps only the newest report: the heartbeat writes the state, not every step.</summary>
    private sealed class LatestProgress : IProgress<BackgroundJobProgress>
    {
        private volatile BackgroundJobProgress? _latest;

        public BackgroundJobProgress? Latest => _latest;

        public void Report(BackgroundJobProgress value) => _latest = value;
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Error, Message = "Background job {JobId} ({Kind}) failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, Guid jobId, string kind);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Background job {JobId} ({Kind}) finished: {State}")]
    private static partial void LogJobFinished(ILogger logger, Guid jobId, string kind, string state);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Background job {JobId} lost its lease to another node; stopped here")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Background job {JobId} ({Kind}) was taken over too often and is failed")]
    private static partial void LogAbandoned(ILogger logger, Guid jobId, string kind);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Polling the background job queue failed ({ExceptionType})")]
    private static partial void LogPollFailed(ILogger logger, string exceptionType);
}
