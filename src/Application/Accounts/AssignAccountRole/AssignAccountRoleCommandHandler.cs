using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.AssignAccountRole;

public sealed class AssignAccountRoleCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AssignAccountRoleCommand, AssignAccountRoleResult>
{
    public async ValueTask<AssignAccountRoleResult> Handle(AssignAccountRoleCommand command, CancellationToken cancellationToken)
    {
        var account = await AccountAdministration.LoadManageableAsync(db, currentUser, command.AccountId, cancellationToken);
        AccountAdministration.EnsureMayManage(currentUser, command.Role);
        var departments = Account.ParseDepartments(command.Departments);
        var stamp = account.SecurityStamp;
        account.AssignRole(command.Role, command.Permissions, departments);
        if (account.SecurityStamp != stamp)
        {
            await AccountAdministration.RevokeSessionsAsync(db, account.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AssignAccountRoleResult(account.Id.Value, account.Role.ToString());
    }
}
