using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

public sealed class SearchAuditTrailQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<SearchAuditTrailQuery, AuditTrailPage>
{
    public const int PageSize = 100;

    public const int CountLimit = 2000;

    public async ValueTask<AuditTrailPage> Handle(SearchAuditTrailQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ViewLogs);
        var rows = await AuditTrailSearch.FilterAsync(db, query, cancellationToken);
        var (total, more) = await BoundedCount.CountAsync(rows, CountLimit, cancellationToken);
        var page = BoundedCount.ClampPage(query.Page, PageSize, CountLimit);
        var items = await rows.OrderByDescending(r => r.OccurredAtUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditTrailPage(await AuditTrailSearch.ToItemsAsync(db, items, cancellationToken), page, PageSize, total, more);
    }
}
