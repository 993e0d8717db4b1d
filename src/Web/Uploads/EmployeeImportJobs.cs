using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Mediator;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// ADR 0025. A confirmed employee import runs here, off the request: the confirm button answers at once and the
/// progress page polls, so a 100,000-row file or thousands of initial passwords (0.1 s each) never hold a request
/// open or time out. One import per tenant at a time (they would only queue on the database's write lock). Jobs live
/// in this process: a restart cancels a running import, whose transaction then rolls back, and the admin simply
/// confirms again (an import is safe to re-run). Finished jobs are forgotten after <see cref="KeepFor"/>.
/// </summary>
public sealed class EmployeeImportJobs(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<EmployeeImportJobs> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);
    private readonly ConcurrentDictionary<string, EmployeeImportJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>Starts the import of a kept upload; null when this tenant already has one running.</summary>
    public EmployeeImportJob? Start(TenantId tenant, string tenantSlug, string tenantName, ClaimsPrincipal user, string uploadId, string? fingerprint)
    {
        Forget();
        var owner = user.FindFirst(Identity.ClaimNames.Account)?.Value ?? "";
        var job = new EmployeeImportJob(RandomNumberGenerator.GetHexString(32, lowercase: true), tenant, owner, clock.GetUtcNow());
        lock (_jobs)
        {
            if (_jobs.Values.Any(j => j.Tenant == tenant && !j.IsFinished))
            {
                return null;
            }

            _jobs[job.Id] = job;
        }

        // Not awaited: the job reports through its own state, and RunAsync catches everything.
        _ = Task.Run(() => RunAsync(job, tenantSlug, tenantName, user, uploadId, fingerprint));
        return job;
    }

    /// <summary>The job, only for the tenant and the account that started it.</summary>
    public EmployeeImportJob? Find(TenantId tenant, ClaimsPrincipal user, string? id) =>
        id is not null && _jobs.TryGetValue(id, out var job) && job.Tenant == tenant
            && job.Owner == (user.FindFirst(Identity.ClaimNames.Account)?.Value ?? "-")
            ? job
            : null;

    private async Task RunAsync(EmployeeImportJob job, string slug, string name, ClaimsPrincipal user, string uploadId, string? fingerprint)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(job.Tenant, slug, name);

            // The use cases read the caller from the HTTP context; the job carries the confirming admin's identity.
            var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
            var uploads = scope.ServiceProvider.GetRequiredService<UploadStore>();
            await using var stored = await uploads.OpenAsync(job.Tenant.Value, uploadId);
            if (stored is null)
            {
                job.Finish(null, expired: true);
                return;
            }

            var result = await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new ImportEmployeesCommand(stored, fingerprint, job), lifetime.ApplicationStopping);
            await stored.DisposeAsync();
            if (result.Applied)
            {
                await uploads.DeleteAsync(job.Tenant.Value, uploadId);
            }

            job.Finish(result, expired: false);
        }
        catch (Exception ex)
        {
            // Never the exception text on screen (it may quote data); the log has the details, without payloads.
            logger.LogError(ex, "Employee import job {JobId} failed", job.Id);
            job.Fail();
        }
    }

    private void Forget()
    {
        var cutoff = clock.GetUtcNow() - KeepFor;
        foreach (var (id, job) in _jobs)
        {
            if (job.IsFinished && job.StartedAt < cutoff)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }
}

/// <summary>One running or finished import, as its progress page shows it.</summary>
public sealed class EmployeeImportJob(string id, TenantId tenant, string owner, DateTimeOffset startedAt) : IProgress<EmployeeImportProgress>
{
    private volatile EmployeeImportProgress _progress = new(EmployeeImportStage.Reading, 0, 0);

    public string Id { get; } = id;

    public TenantId Tenant { get; } = tenant;

    public string Owner { get; } = owner;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public EmployeeImportProgress Progress => _progress;

    public bool IsFinished { get; private set; }

    public bool Failed { get; private set; }

    public bool Expired { get; private set; }

    public EmployeeImportResult? Result { get; private set; }

    public void Report(EmployeeImportProgress value) => _progress = value;

    internal void Finish(EmployeeImportResult? result, bool expired)
    {
        Result = result;
        Expired = expired;
        IsFinished = true;
    }

    internal void Fail()
    {
        Failed = true;
        IsFinished = true;
    }

    /// <summary>Whole percent of the current stage, when its total is known.</summary>
    public int? Percent => _progress.Total > 0 ? (int)Math.Clamp(_progress.Done * 100 / _progress.Total, 0, 100) : null;

    public IReadOnlyList<CsvImportIssue> Errors => Result?.Errors ?? [];
}
