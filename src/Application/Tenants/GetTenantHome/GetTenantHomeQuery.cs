using Mediator;

namespace YearEndAdjustment.Application.Tenants.GetTenantHome;

/// <summary>What the tenant's home page shows.</summary>
public sealed record GetTenantHomeQuery : IQuery<TenantHomeDto>;
