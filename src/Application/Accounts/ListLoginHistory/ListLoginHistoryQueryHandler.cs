using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.ListLoginHistory;

public sealed class ListLoginHistoryQueryHandler(ILoginHistoryReads reads, ICurrentUser currentUser) : IQueryHandler<ListLoginHistoryQuery, LoginHistoryPage>
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

        var account = await reads.AccountAsync(target, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);
        var total = await reads.CountAsync(target, cancellationToken);
        var page = Math.Max(1, query.Page);
        var items = await reads.PageAsync(target, (page - 1) * PageSize, PageSize, cancellationToken);
        return new LoginHistoryPage(account.LoginId, account.DisplayName, items, page, PageSize, total);
    }
}
