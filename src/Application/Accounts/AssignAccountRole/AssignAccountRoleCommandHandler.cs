using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Domain.AccessLogs;
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
        var before = $"{account.Role}/{(int)account.Permissions}";
        account.AssignRole(command.Role, command.Permissions, departments);

        // role and permission changes, as role names and permission bits (no personal data).
        db.AuditEntries.Add(AuditEntry.Record(account.TenantId, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, AuditAction.AccountRoleChanged,
            account.EmployeeId, detail: $"from={before} to={account.Role}/{(int)account.Permissions} departments={departments.Count}", subjectAccountId: account.Id));
        if (account.SecurityStamp != stamp)
        {
            await AccountAdministration.RevokeSessionsAsync(db, account.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AssignAccountRoleResult(account.Id.Value, account.Role.ToString());
    }
}
