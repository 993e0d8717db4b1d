using System.Globalization;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.AccessLogs.ListAccessLogs;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.AccessLogs.ExportAccessLogs;

public sealed class ExportAccessLogsCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    ICsvReportWriter csv,
    TimeProvider clock) : ICommandHandler<ExportAccessLogsCommand, int>
{
    public static readonly string[] Header = ["日時(日本時間)", "ログインID", "接続元", "メソッド", "パス", "ステータス", "処理時間(ms)", "ブラウザ"];

    public async ValueTask<int> Handle(ExportAccessLogsCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ViewLogs);
        var tenant = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var now = clock.GetUtcNow().UtcDateTime;
        await TenantContractGuard.EnsureExportsAllowedAsync(db, tenant, now, cancellationToken);
        var q = command.Search;
        db.AuditEntries.Add(AuditEntry.Record(tenant, now, currentUser.AccountId, AuditAction.AccessLogExported,
            detail: string.Create(CultureInfo.InvariantCulture, $"from={q.From:yyyy-MM-dd} to={q.To:yyyy-MM-dd} status={q.Status}")));
        await db.SaveChangesAsync(cancellationToken);

        // Login IDs of the tenant's accounts, once: the log can be long, the account list is bounded.
        var logins = await db.Accounts.AsNoTracking().Select(a => new { a.Id, a.LoginId }).ToDictionaryAsync(a => a.Id, a => a.LoginId.Value, cancellationToken);
        var rows = await ListAccessLogsQueryHandler.FilterAsync(db, q, cancellationToken);
        return await csv.WriteAsync(command.Destination, Header, RowsAsync(rows, logins, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<IReadOnlyList<string>> RowsAsync(
        IQueryable<AccessLog> rows, Dictionary<AccountId, string> logins, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var r in rows.OrderBy(r => r.OccurredAtUtc).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                JapanTime.ToJapan(r.OccurredAtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                r.AccountId is { } a ? logins.GetValueOrDefault(a) ?? "" : "",
                r.ClientIp ?? "", r.Method, r.Path, r.StatusCode.ToString(CultureInfo.InvariantCulture),
                r.DurationMs.ToString("0.0", CultureInfo.InvariantCulture), r.UserAgent ?? "",
            ];
        }
    }
}
