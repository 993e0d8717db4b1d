using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.PrepareSlipArchive;

/// <summary>
/// ExportData (every employee's income leaves the system in one file), within the admin's departments. Refused while
/// any result in scope is stale or none is there, and while the same admin's archive of the year is still running;
/// otherwise one job is queued and the request is audited. The job checks the rights again when it starts.
/// </summary>
public sealed class PrepareSlipArchiveCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<PrepareSlipArchiveCommand, Guid>
{
    public async ValueTask<Guid> Handle(PrepareSlipArchiveCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ExportData);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await OutputScope.RequireCurrentAsync(db, currentUser, command.TaxYear, cancellationToken);
        var count = await OutputScope.Results(db, currentUser, command.TaxYear).CountAsync(cancellationToken);
        if (count == 0)
        {
            // A rule, not "not found": the admin stays on the results page with the reason.
            throw new DomainRuleViolationException(MessageKeys.ResultsNotFound, Messages.Rule(MessageKeys.ResultsNotFound));
        }

        var key = SlipArchivePayload.ConcurrencyKeyFor(command.TaxYear, me);
        if (await db.BackgroundJobs.AnyAsync(j => j.ConcurrencyKey == key && (j.State == BackgroundJobState.Queued || j.State == BackgroundJobState.Running), cancellationToken))
        {
            throw new DomainRuleViolationException(MessageKeys.SlipsArchiveRunning, Messages.Rule(MessageKeys.SlipsArchiveRunning, command.TaxYear));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var job = BackgroundJob.Enqueue(tenantId, SlipArchivePayload.Kind, new SlipArchivePayload(command.TaxYear).ToJson(), me, key, now);
        db.BackgroundJobs.Add(job);
        db.AuditEntries.Add(AuditEntry.Record(tenantId, now, me, AuditAction.SlipArchiveRequested, detail: $"year={command.TaxYear} slips={count}"));
        await db.SaveChangesAsync(cancellationToken);
        return job.Id;
    }
}
