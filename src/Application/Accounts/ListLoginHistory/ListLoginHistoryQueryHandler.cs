using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.ListLoginHistory;

public sealed class ListLoginHistoryQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListLoginHistoryQuery, LoginHistoryPage>
{
    public const int PageSize = 50;

    public async ValueTask<LoginHistoryPage> Handle(ListLoginHistoryQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireAccount();
        var target = query.AccountId is { } id ? new AccountId(id) : me;
        if (target != me && !currentUser.Has(Permission.ManageAccounts) && !currentUser.Has(Permission.ViewLogs))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenOthersLoginHistory);
        }

        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == target, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);
        var rows = db.LoginHistory.AsNoTracking().Where(e => e.AccountId == target);
        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page);
        var items = await rows.OrderByDescending(e => e.OccurredAtUtc)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new LoginHistoryItemDto(e.OccurredAtUtc, e.ClientIp, e.UserAgent, e.Outcome))
            .ToListAsync(cancellationToken);
        return new LoginHistoryPage(account.LoginId.Value, account.DisplayName, items, page, PageSize, total);
    }
}
