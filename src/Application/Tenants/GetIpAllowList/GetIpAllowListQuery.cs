using Mediator;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.GetIpAllowList;

/// <summary>The current tenant's allowed networks, for the request filter (no permission: it runs before sign-in).</summary>
public sealed record GetIpAllowListQuery : IQuery<IReadOnlyList<IpAllowListEntry>>;
