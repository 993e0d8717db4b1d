using Mediator;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;

// Refused with the first blocking check's code (DomainRuleViolationException → 409) while a check blocks.
public sealed class SubmitMyDeclarationCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SubmitMyDeclarationCommand, SubmitMyDeclarationResult>
{
    public async ValueTask<SubmitMyDeclarationResult> Handle(SubmitMyDeclarationCommand command, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var declaration = await MyDeclarations.RequireAsync(db, employeeId, command.TaxYear, cancellationToken);
        declaration.EnsureVersion(command.Version);
        declaration.Submit(employeeId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitMyDeclarationResult(declaration.Id.Value, declaration.Version, declaration.Status.ToString(), declaration.SubmittedAtUtc);
    }
}
