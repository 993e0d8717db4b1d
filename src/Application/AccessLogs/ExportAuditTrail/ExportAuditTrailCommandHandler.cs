using System.Globalization;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.AccessLogs.ExportAuditTrail;

public sealed class ExportAuditTrailCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    ICsvReportWriter csv,
    TimeProvider clock) : ICommandHandler<ExportAuditTrailCommand, int>
{
    public static readonly string[] Header = ["日時(日本時間)", "操作者", "操作", "対象", "接続元", "詳細"];

    public async ValueTask<int> Handle(ExportAuditTrailCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ViewLogs);
        var tenant = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var now = clock.GetUtcNow().UtcDateTime;
        await TenantContractGuard.EnsureExportsAllowedAsync(db, tenant, now, cancellationToken);

        // On the trail before the first byte, so even an interrupted export is recorded.
        db.AuditEntries.Add(AuditEntry.Record(tenant, now, currentUser.AccountId, AuditAction.AuditTrailExported, detail: Describe(command.Search)));
        await db.SaveChangesAsync(cancellationToken);

        var rows = await AuditTrailSearch.FilterAsync(db, command.Search, cancellationToken);
        return await csv.WriteAsync(command.Destination, Header, RowsAsync(rows, cancellationToken), cancellationToken);
    }

    internal static string Describe(SearchAuditTrailQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"from={q.From:yyyy-MM-dd} to={q.To:yyyy-MM-dd} action={q.Action} actor={(string.IsNullOrWhiteSpace(q.Actor) ? "" : "set")} subject={(string.IsNullOrWhiteSpace(q.Subject) ? "" : "set")}");

    private async IAsyncEnumerable<IReadOnlyList<string>> RowsAsync(IQueryable<AuditEntry> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Chunks keep the name look-ups to two small queries per thousand rows.
        const int chunk = 1000;
        DateTime? after = null;
        var seen = new HashSet<AuditEntryId>();
        while (true)
        {
            var query = rows.OrderBy(r => r.OccurredAtUtc).AsQueryable();
            if (after is { } t)
            {
                query = query.Where(r => r.OccurredAtUtc >= t);
            }

            var batch = (await query.Take(chunk + seen.Count).ToListAsync(cancellationToken)).Where(r => !seen.Contains(r.Id)).Take(chunk).ToList();
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var item in await AuditTrailSearch.ToItemsAsync(db, batch, cancellationToken))
            {
                yield return
                [
                    JapanTime.ToJapan(item.OccurredAtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    item.Actor ?? "", item.Action, item.Subject ?? "", item.ClientAddress ?? "", item.Detail ?? "",
                ];
            }

            var last = batch[^1].OccurredAtUtc;
            var atLast = batch.Where(r => r.OccurredAtUtc == last).Select(r => r.Id);
            seen = last == after ? [.. seen, .. atLast] : atLast.ToHashSet();
            after = last;
            if (batch.Count < chunk)
            {
                yield break;
            }
        }
    }
}
