using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Declarations.ReopenDeclaration;

// Undoing an approval is the approver's act: the same permission as approving. The master's family changes made by
// the approval stay; the next approval brings the master in line again.
public sealed class ReopenDeclarationCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ReopenDeclarationCommand, ReviewActionResult>
{
    public async ValueTask<ReviewActionResult> Handle(ReopenDeclarationCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ApproveDeclarations);
        var declaration = await ReviewedDeclarations.LoadAsync(db, currentUser, command.TaxYear, command.DeclarationId, cancellationToken);
        ReviewedDeclarations.EnsureUnchangedSinceLoaded(declaration, command.Version);

        var now = clock.GetUtcNow().UtcDateTime;
        declaration.Reopen(command.Reason, now);
        db.AuditEntries.Add(AuditEntry.Record(
            declaration.TenantId, now, currentUser.AccountId, AuditAction.DeclarationReopened, declaration.EmployeeId,
            detail: $"declaration={declaration.Id.Value}"));
        await ReviewedDeclarations.SaveAsync(db, cancellationToken);
        return new ReviewActionResult(declaration.Id.Value, declaration.Status.ToString(), declaration.Version);
    }
}
