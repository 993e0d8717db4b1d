using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Application.Declarations.SubmitDeclarationOnBehalf;

// The same checks as the employee's own submit (a blocking check refuses with its code).
public sealed class SubmitDeclarationOnBehalfCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<SubmitDeclarationOnBehalfCommand, SubmitMyDeclarationResult>
{
    public async ValueTask<SubmitMyDeclarationResult> Handle(SubmitDeclarationOnBehalfCommand command, CancellationToken cancellationToken)
    {
        var found = await AssistedDeclarations.RequireAsync(db, currentUser, tenantContext, command.TaxYear, command.DeclarationId, cancellationToken);
        var declaration = found.Declaration;
        var now = clock.GetUtcNow().UtcDateTime;
        declaration.EnsureVersion(command.Version);
        declaration.SubmitOnBehalf(now);
        db.AuditEntries.Add(AuditEntry.Record(
            found.TenantId, now, currentUser.AccountId, AuditAction.DeclarationSubmittedOnBehalf, declaration.EmployeeId,
            detail: $"declaration={declaration.Id.Value}"));
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitMyDeclarationResult(declaration.Id.Value, declaration.Version, declaration.Status.ToString(), declaration.SubmittedAtUtc);
    }
}
