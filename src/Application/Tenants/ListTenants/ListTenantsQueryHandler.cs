using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Tenants.ListTenants;

public sealed class ListTenantsQueryHandler(IAppDbContext db) : IQueryHandler<ListTenantsQuery, IReadOnlyList<TenantListItemDto>>
{
    public async ValueTask<IReadOnlyList<TenantListItemDto>> Handle(ListTenantsQuery query, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.CreatedAtUtc).ToListAsync(cancellationToken);
        return tenants.Select(TenantMapper.ToListItem).ToList();
    }
}
