using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.Support;

namespace YearEndAdjustment.Application.Tenants.GetPurgeStatus;

/// <summary>Operator use case: tenants with an end date, each with its purge record when there is one.</summary>
public sealed class GetPurgeStatusQueryHandler(IAppDbContext db) : IQueryHandler<GetPurgeStatusQuery, IReadOnlyList<PurgeStatusDto>>
{
    public async ValueTask<IReadOnlyList<PurgeStatusDto>> Handle(GetPurgeStatusQuery query, CancellationToken cancellationToken)
    {
        var tenants = string.IsNullOrWhiteSpace(query.Slug)
            ? await db.Tenants.AsNoTracking().Where(t => t.ContractEndDate != null).ToListAsync(cancellationToken)
            : [await OperatorTenants.FindAsync(db, query.Slug.Trim(), cancellationToken)];
        var ids = tenants.Select(t => t.Id).ToList();
        var records = await db.TenantPurgeRecords.AsNoTracking().Where(r => ids.Contains(r.TenantId)).ToListAsync(cancellationToken);
        return tenants
            .OrderBy(t => t.ContractEndDate)
            .ThenBy(t => t.Slug.Value, StringComparer.Ordinal)
            .Select(t => records.SingleOrDefault(r => r.TenantId == t.Id) is { } r
                ? new PurgeStatusDto(t.Slug.Value, t.Status.ToString(), t.ContractEndDate, r.StartedAtUtc, r.CompletedAtUtc, r.Runs, r.Counts)
                : new PurgeStatusDto(t.Slug.Value, t.Status.ToString(), t.ContractEndDate, null, null, 0, ""))
            .ToList();
    }
}
