using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.StartEmployeeImport;

/// <summary>
/// ManageEmployees. Queues the import of the caller's own kept upload; refused while the tenant already has an import
/// queued or running, and when the upload has expired. The job checks the rights again when it starts (ADR 0032);
/// the import itself writes the audit entry.
/// </summary>
public sealed class StartEmployeeImportCommandHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IPendingUploadStore uploads, TimeProvider clock)
    : ICommandHandler<StartEmployeeImportCommand, Guid>
{
    public async ValueTask<Guid> Handle(StartEmployeeImportCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ManageEmployees);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var upload = Guid.ParseExact(command.UploadId, "N");
        if (!await uploads.ExistsAsync(tenantId, me.Value.ToString(), upload, cancellationToken))
        {
            throw new DomainRuleViolationException(MessageKeys.ImportUploadExpired, Messages.Rule(MessageKeys.ImportUploadExpired));
        }

        if (await db.BackgroundJobs.AnyAsync(
            j => j.ConcurrencyKey == EmployeeImportPayload.ConcurrencyKey && (j.State == BackgroundJobState.Queued || j.State == BackgroundJobState.Running),
            cancellationToken))
        {
            throw new DomainRuleViolationException(MessageKeys.ImportRunning, Messages.Rule(MessageKeys.ImportRunning));
        }

        var job = BackgroundJob.Enqueue(
            tenantId, EmployeeImportPayload.Kind, new EmployeeImportPayload(upload, command.ExpectedFingerprint).ToJson(), me,
            EmployeeImportPayload.ConcurrencyKey, clock.GetUtcNow().UtcDateTime);
        db.BackgroundJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return job.Id;
    }
}
