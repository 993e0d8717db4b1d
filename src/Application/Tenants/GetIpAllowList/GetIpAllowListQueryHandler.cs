using Mediator;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.GetIpAllowList;

/// <summary>Served from the version-checked settings snapshot: a list saved on any node applies on the next request (ADR 0028).</summary>
public sealed class GetIpAllowListQueryHandler(CurrentTenantSettings settings) : IQueryHandler<GetIpAllowListQuery, IReadOnlyList<IpAllowListEntry>>
{
    public async ValueTask<IReadOnlyList<IpAllowListEntry>> Handle(GetIpAllowListQuery query, CancellationToken cancellationToken) =>
        (await settings.GetAsync(cancellationToken)).IpAllowList;
}
