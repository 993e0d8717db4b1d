using Mediator;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Declarations.WithdrawMyDeclaration;

public sealed class WithdrawMyDeclarationCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<WithdrawMyDeclarationCommand, WithdrawMyDeclarationResult>
{
    public async ValueTask<WithdrawMyDeclarationResult> Handle(WithdrawMyDeclarationCommand command, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var declaration = await MyDeclarations.RequireAsync(db, employeeId, command.TaxYear, cancellationToken);
        declaration.EnsureVersion(command.Version);
        declaration.Withdraw(employeeId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new WithdrawMyDeclarationResult(declaration.Id.Value, declaration.Version, declaration.Status.ToString(), declaration.SubmittedAtUtc);
    }
}
