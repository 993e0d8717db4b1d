using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.ListAccounts;

public sealed class ListAccountsQueryHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListAccountsQuery, AccountPage>
{
    public const int PageSize = 50;

    public const int CountLimit = 1000;

    public async ValueTask<AccountPage> Handle(ListAccountsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageAccounts);
        var now = clock.GetUtcNow().UtcDateTime;
        var accounts = db.Accounts.AsNoTracking();
        if (!query.IncludeDisabled)
        {
            accounts = accounts.Where(a => !a.IsDisabled);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var exact = LoginId.TryCreate(term);
            accounts = accounts.Where(a => a.DisplayName.Contains(term) || (a.Email != null && a.Email.Contains(term)) || (exact != null && a.LoginId == exact));
        }

        var (total, more) = await BoundedCount.CountAsync(accounts, CountLimit, cancellationToken);
        var page = BoundedCount.ClampPage(query.Page, PageSize, CountLimit);
        var rows = await accounts
            .OrderBy(a => a.LoginId)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new AccountListItemDto(
                a.Id.Value, a.LoginId.Value, a.DisplayName, a.Email, a.Role.ToString(), a.IsDisabled,
                a.LockedUntilUtc != null && a.LockedUntilUtc > now, a.TwoFactorEnabled, a.MustChangePassword, a.LastSignInAtUtc))
            .ToListAsync(cancellationToken);
        return new AccountPage(rows, page, PageSize, total, more);
    }
}
