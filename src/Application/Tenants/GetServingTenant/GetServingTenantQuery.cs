using Mediator;

namespace YearEndAdjustment.Application.Tenants.GetServingTenant;

/// <summary>Finds the tenant a URL segment names, telling whether its site is open today .</summary>
public sealed record GetServingTenantQuery(string Slug) : IQuery<ServingTenantDto?>;
