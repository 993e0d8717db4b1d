using Mediator;

namespace YearEndAdjustment.Application.Tenants.ListTenants;

/// <summary>Operator use case: every tenant with its status.</summary>
public sealed record ListTenantsQuery : IQuery<IReadOnlyList<TenantListItemDto>>;
