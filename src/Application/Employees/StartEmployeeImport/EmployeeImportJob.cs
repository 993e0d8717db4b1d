using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Employees.StartEmployeeImport;

/// <summary>
/// Runs a confirmed employee import on whichever node took the job (ADR 0051). The import is one transaction whose
/// audit entry names this job, so a node that died before the commit leaves nothing (the next attempt starts again)
/// and one that died after it leaves the proof: a takeover then reports that import instead of applying the file a
/// second time. The kept upload is deleted once the import is known to be in.
/// </summary>
public sealed class EmployeeImportJob(
    ISender sender, IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IPendingUploadStore uploads) : IBackgroundJobHandler
{
    public const string ForbiddenCode = "employees.import_forbidden";
    public const string ExpiredCode = "employees.import_expired";

    public string Kind => EmployeeImportPayload.Kind;

    public async Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var payload = EmployeeImportPayload.FromJson(context.Payload);
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("The import job needs a tenant.");
        if (!currentUser.Has(Permission.ManageEmployees))
        {
            // The requester's rights now, not when they clicked (ADR 0032).
            throw new JobFailedException(ForbiddenCode, "The requester may no longer manage employees.");
        }

        if (context.Attempt > 1 && await CommittedEarlierAsync(context.JobId, cancellationToken) is { } earlier)
        {
            await uploads.DeleteAsync(tenantId, payload.Upload, cancellationToken);
            return EmployeeImportSummary.Of(earlier).ToJson();
        }

        var owner = currentUser.RequireAccount().Value.ToString();
        var bytes = await uploads.ReadAsync(tenantId, owner, payload.Upload, cancellationToken)
            ?? throw new JobFailedException(ExpiredCode, "The kept upload expired before the import ran.");
        EmployeeImportResult result;
        await using (var content = new MemoryStream(bytes, writable: false))
        {
            result = await sender.Send(
                new ImportEmployeesCommand(content, payload.Fingerprint, new Relay(context), context.JobId), cancellationToken);
        }

        if (result.Applied)
        {
            await uploads.DeleteAsync(tenantId, payload.Upload, cancellationToken);
        }

        return EmployeeImportSummary.Of(result).ToJson();
    }

    /// <summary>The counts of this job's import when an earlier attempt committed it (its audit entry names the job).</summary>
    private async Task<EmployeeImportResult?> CommittedEarlierAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var marker = EmployeeImportAudit.JobMarker(jobId);
        var detail = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.EmployeesImported && a.Detail != null && a.Detail.EndsWith(marker))
            .Select(a => a.Detail)
            .FirstOrDefaultAsync(cancellationToken);
        return EmployeeImportAudit.CountsOf(detail);
    }

    /// <summary>The import's stages as the job's progress (the stage name is the page's resource suffix).</summary>
    private sealed class Relay(BackgroundJobContext context) : IProgress<EmployeeImportProgress>
    {
        public void Report(EmployeeImportProgress value) => context.Report(value.Stage.ToString(), value.Done, value.Total);
    }
}
