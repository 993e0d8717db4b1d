using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.ConfirmAssistedEdits;

// Returns how many edits were confirmed. The confirmation lands on each history row (ConfirmedAtUtc) and in the audit trail.
public sealed class ConfirmAssistedEditsCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<ConfirmAssistedEditsCommand, int>
{
    public async ValueTask<int> Handle(ConfirmAssistedEditsCommand command, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var declaration = await MyDeclarations.RequireAsync(db, employeeId, command.TaxYear, cancellationToken);
        declaration.EnsureVersion(command.Version);
        var pending = await db.DeclarationChanges
            .Where(c => c.DeclarationId == declaration.Id && c.IsAssisted && c.ConfirmedAtUtc == null)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        declaration.ConfirmAssistedEdits(employeeId, pending, now);
        db.AuditEntries.Add(AuditEntry.Record(
            tenantContext.TenantId ?? TenantId.None, now, currentUser.AccountId, AuditAction.AssistedEditsConfirmed, employeeId,
            detail: $"declaration={declaration.Id.Value} fields={pending.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }
}
