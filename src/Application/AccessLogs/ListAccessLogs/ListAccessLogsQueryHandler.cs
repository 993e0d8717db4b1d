using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

public sealed class ListAccessLogsQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAccessLogsQuery, AccessLogPage>
{
    public const int PageSize = 100;

    public const int CountLimit = 2000;

    public async ValueTask<AccessLogPage> Handle(ListAccessLogsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ViewLogs);
        var rows = await FilterAsync(db, query, cancellationToken);
        var (total, more) = await BoundedCount.CountAsync(rows, CountLimit, cancellationToken);
        var page = BoundedCount.ClampPage(query.Page, PageSize, CountLimit);
        var items = await rows.OrderByDescending(r => r.OccurredAtUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var accountIds = items.Where(r => r.AccountId != null).Select(r => r.AccountId!.Value).Distinct().ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).Select(a => new { a.Id, a.LoginId }).ToListAsync(cancellationToken);
        var byId = names.ToDictionary(n => n.Id, n => n.LoginId.Value);
        return new AccessLogPage(
            items.Select(r => new AccessLogItemDto(r.OccurredAtUtc, r.AccountId is { } a ? byId.GetValueOrDefault(a) : null, r.ClientIp, r.Method, r.Path, r.StatusCode, r.DurationMs, r.UserAgent)).ToList(),
            page, PageSize, total, more);
    }

    /// <summary>The search's filter, shared with the CSV export of the same search.</summary>
    public static async Task<IQueryable<Domain.AccessLogs.AccessLog>> FilterAsync(IAppDbContext db, ListAccessLogsQuery query, CancellationToken cancellationToken)
    {
        var rows = db.AccessLogs.AsNoTracking();

        // Dates are Japan dates: the day starts at 15:00 UTC of the day before. The validator keeps them in range; the
        // guards keep the first and last representable days from overflowing should a caller skip it.
        if (query.From is { } from && from > DateOnly.MinValue)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - JapanTime.Offset;
            rows = rows.Where(r => r.OccurredAtUtc >= start);
        }

        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - JapanTime.Offset;
            rows = rows.Where(r => r.OccurredAtUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(query.Path))
        {
            var fragment = query.Path.Trim();
            rows = rows.Where(r => r.Path.Contains(fragment));
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.StatusCode == status);
        }

        if (!string.IsNullOrWhiteSpace(query.LoginId))
        {
            var loginId = LoginId.TryCreate(query.LoginId);
            var account = loginId is null ? null : await db.Accounts.AsNoTracking().Where(a => a.LoginId == loginId).Select(a => (AccountId?)a.Id).SingleOrDefaultAsync(cancellationToken);
            rows = account is { } id ? rows.Where(r => r.AccountId == id) : rows.Where(r => false);
        }

        return rows;
    }
}
