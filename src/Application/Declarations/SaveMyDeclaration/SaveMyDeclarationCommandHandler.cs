using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.SaveMyDeclaration;

public sealed class SaveMyDeclarationCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenant, IMyNumberProtector protector, TimeProvider clock, IRequestLookups lookups)
    : ICommandHandler<SaveMyDeclarationCommand, SaveMyDeclarationResult>
{
    public async ValueTask<SaveMyDeclarationResult> Handle(SaveMyDeclarationCommand command, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var declaration = await lookups.FindDeclarationToChangeAsync(employeeId, command.TaxYear, cancellationToken);
        if (declaration is null)
        {
            declaration = Declaration.Create(tenant.TenantId ?? TenantId.None, employeeId, new TaxYear(command.TaxYear), null, now);
            db.Declarations.Add(declaration);
        }

        declaration.EnsureVersion(command.Version);
        // No key read up front: ProtectAsync reads (or creates) the tenant's key when a new number arrives, still before
        // SaveChanges, so most saves (no new My Number) read no key at all.
        var forms = await DeclarationFormsReader.ReadAsync(command.Forms, declaration.Forms, protector, cancellationToken);

        // The history rows go in the same SaveChanges as the forms (all or nothing).
        var changes = declaration.SaveForms(forms, currentUser.AccountId, now);
        declaration.RememberStep(command.Step);
        db.DeclarationChanges.AddRange(changes);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveMyDeclarationResult(declaration.Id.Value, declaration.Version, declaration.Status.ToString(), changes.Count, DeclarationMapper.Localize(declaration.Check(now)));
    }
}
