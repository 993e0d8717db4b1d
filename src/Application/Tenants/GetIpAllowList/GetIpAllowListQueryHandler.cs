using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Tenants.GetIpAllowList;

public sealed class GetIpAllowListQueryHandler(IAppDbContext db) : IQueryHandler<GetIpAllowListQuery, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(GetIpAllowListQuery query, CancellationToken cancellationToken)
    {
        var settings = await db.TenantSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return settings?.IpAllowList.Select(e => e.Value).ToList() ?? [];
    }
}
