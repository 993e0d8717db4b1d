using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Application.Outputs.PrepareSlipArchive;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.DownloadSlipArchive;

/// <summary>
/// ExportData now (not only when the job was queued); only the account that asked for the archive gets it, since it
/// holds that account's department scope; the job must have finished. Each download is audited. Returns the year.
/// </summary>
public sealed class DownloadSlipArchiveCommandHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IJobFileStore files, TimeProvider clock)
    : ICommandHandler<DownloadSlipArchiveCommand, int>
{
    public async ValueTask<int> Handle(DownloadSlipArchiveCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ExportData);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var job = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.Id == command.JobId && j.RequestedBy == me && j.Kind == SlipArchivePayload.Kind)
            .Select(j => new { j.State, j.Result })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundJob);
        if (job.State != BackgroundJobState.Succeeded || SlipArchiveSummary.TryParse(job.Result) is not { } summary)
        {
            throw new DomainRuleViolationException(MessageKeys.SlipsArchiveNotReady, Messages.Rule(MessageKeys.SlipsArchiveNotReady));
        }

        var parts = files.ReadAsync(command.JobId, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            // A newer archive of the same year replaced this one: its parts are gone.
            if (!await parts.MoveNextAsync())
            {
                throw new DomainRuleViolationException(MessageKeys.SlipsArchiveReplaced, Messages.Rule(MessageKeys.SlipsArchiveReplaced));
            }

            db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, me, AuditAction.SlipArchiveDownloaded,
                detail: $"year={summary.Year} slips={summary.Slips}"));
            await db.SaveChangesAsync(cancellationToken);
            do
            {
                await command.Destination.WriteAsync(parts.Current, cancellationToken);
            }
            while (await parts.MoveNextAsync());
        }
        finally
        {
            await parts.DisposeAsync();
        }

        return summary.Year;
    }
}
