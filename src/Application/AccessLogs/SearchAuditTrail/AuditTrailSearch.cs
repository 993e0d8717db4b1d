using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

/// <summary>The filter and the row shape shared by the search page and its CSV export.</summary>
public static class AuditTrailSearch
{
    public static async Task<IQueryable<AuditEntry>> FilterAsync(IAppDbContext db, SearchAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var rows = db.AuditEntries.AsNoTracking();
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

        if (query.Action is { } action)
        {
            rows = rows.Where(r => r.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = await AccountIdOfAsync(db, query.Actor, cancellationToken);
            rows = actor is { } id ? rows.Where(r => r.ActorAccountId == id) : rows.Where(r => false);
        }

        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            // The subject is an employee number or an account's login ID; either may match.
            var text = query.Subject.Trim();
            EmployeeId? employee = null;
            try
            {
                var number = EmployeeNumber.Create(text);
                employee = await db.Employees.AsNoTracking().Where(e => e.Number == number).Select(e => (EmployeeId?)e.Id).SingleOrDefaultAsync(cancellationToken);
            }
            catch (DomainRuleViolationException)
            {
                // Not shaped like an employee number: only the login ID can match.
            }

            var account = await AccountIdOfAsync(db, text, cancellationToken);
            rows = rows.Where(r => (employee != null && r.SubjectEmployeeId == employee) || (account != null && r.SubjectAccountId == account));
        }

        return rows;
    }

    /// <summary>Actor and subject names for a page or a chunk of rows, in two small look-ups.</summary>
    public static async Task<List<AuditTrailItemDto>> ToItemsAsync(IAppDbContext db, IReadOnlyList<AuditEntry> items, CancellationToken cancellationToken)
    {
        var accountIds = items.SelectMany(r => new[] { r.ActorAccountId, r.SubjectAccountId }).OfType<AccountId>().Distinct().ToList();
        var logins = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).Select(a => new { a.Id, a.LoginId }).ToListAsync(cancellationToken);
        var loginById = logins.ToDictionary(a => a.Id, a => a.LoginId.Value);
        var employeeIds = items.Where(r => r.SubjectEmployeeId != null).Select(r => r.SubjectEmployeeId!.Value).Distinct().ToList();
        var numbers = await db.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id)).Select(e => new { e.Id, e.Number }).ToListAsync(cancellationToken);
        var numberById = numbers.ToDictionary(e => e.Id, e => e.Number.Value);
        return items.Select(r => new AuditTrailItemDto(
            r.OccurredAtUtc,
            r.ActorAccountId is { } a ? loginById.GetValueOrDefault(a) : null,
            r.Action.ToString(),
            r.SubjectEmployeeId is { } e ? numberById.GetValueOrDefault(e) : r.SubjectAccountId is { } s ? loginById.GetValueOrDefault(s) : null,
            r.ClientAddress,
            r.Detail)).ToList();
    }

    private static async Task<AccountId?> AccountIdOfAsync(IAppDbContext db, string text, CancellationToken cancellationToken)
    {
        var loginId = LoginId.TryCreate(text.Trim());
        return loginId is null ? null
            : await db.Accounts.AsNoTracking().Where(a => a.LoginId == loginId).Select(a => (AccountId?)a.Id).SingleOrDefaultAsync(cancellationToken);
    }
}
