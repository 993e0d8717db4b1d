using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

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
            ?? throw new NotFoundException("アカウントが見つかりません。");
        EnsureMayManage(caller, account.Role);
        return account;
    }

    public static void EnsureMayManage(ICurrentUser caller, AccountRole targetRole)
    {
        if (targetRole != AccountRole.General && caller.Role != AccountRole.Admin)
        {
            throw new ForbiddenException("管理者・限定管理者のアカウントを操作できるのは管理者だけです。");
        }
    }

    public static async Task RevokeSessionsAsync(IAppDbContext db, AccountId accountId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var open = await db.UserSessions.Where(s => s.AccountId == accountId && s.RevokedAtUtc == null).ToListAsync(cancellationToken);
        open.ForEach(s => s.Revoke(nowUtc));
    }
}
