using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.Support;

/// <summary>
/// Who may administer whom: the caller needs "manage accounts"; only a full admin may touch admin or limited-admin
/// accounts or hand out those roles, so a limited admin can never raise anyone (themselves included) above general.
/// </summary>
public static class AccountAdministration
{
    public static async Task<Account> LoadManageableAsync(IAppDbContext db, ICurrentUser caller, Guid accountId, CancellationToken cancellationToken)
    {
        caller.RequirePermission(Permission.ManageAccounts);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == new AccountId(accountId), cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);
        EnsureMayManage(caller, account.Role);
        return account;
    }

    public static void EnsureMayManage(ICurrentUser caller, AccountRole targetRole)
    {
        if (targetRole != AccountRole.General && caller.Role != AccountRole.Admin)
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenAdminAccounts);
        }
    }

    public static async Task RevokeSessionsAsync(IAppDbContext db, AccountId accountId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var open = await db.UserSessions.Where(s => s.AccountId == accountId && s.RevokedAtUtc == null).ToListAsync(cancellationToken);
        open.ForEach(s => s.Revoke(nowUtc));
    }
}
