using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Application.Declarations.SaveDeclarationOnBehalf;

public sealed class SaveDeclarationOnBehalfCommandHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IMyNumberProtector protector, TimeProvider clock)
    : ICommandHandler<SaveDeclarationOnBehalfCommand, SaveMyDeclarationResult>
{
    public async ValueTask<SaveMyDeclarationResult> Handle(SaveDeclarationOnBehalfCommand command, CancellationToken cancellationToken)
    {
        var found = await AssistedDeclarations.RequireAsync(db, currentUser, tenantContext, command.TaxYear, command.DeclarationId, cancellationToken);
        var declaration = found.Declaration;
        var admin = currentUser.RequireAccount();
        var now = clock.GetUtcNow().UtcDateTime;
        declaration.EnsureVersion(command.Version);
        // No key read up front: ProtectAsync reads (or creates) the tenant's key when a new number arrives, still before
        // SaveChanges, so most saves (no new My Number) read no key at all.
        var forms = await DeclarationFormsReader.ReadAsync(command.Forms, declaration.Forms, protector, cancellationToken);

        // History rows, audit row and forms in one SaveChanges: an assisted edit is never stored without its trace.
        var changes = declaration.SaveFormsOnBehalf(forms, admin, now);
        db.DeclarationChanges.AddRange(changes);
        if (changes.Count > 0)
        {
            db.AuditEntries.Add(AuditEntry.Record(
                found.TenantId, now, admin, AuditAction.DeclarationEditedOnBehalf, declaration.EmployeeId,
                detail: $"declaration={declaration.Id.Value} fields={changes.Count}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SaveMyDeclarationResult(declaration.Id.Value, declaration.Version, declaration.Status.ToString(), changes.Count, DeclarationMapper.Localize(declaration.Check(now)));
    }
}
