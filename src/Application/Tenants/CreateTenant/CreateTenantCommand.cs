using Mediator;

namespace YearEndAdjustment.Application.Tenants.CreateTenant;

/// <summary>Operator use case: opens a tenant and its ADMIN ID with a random initial password.</summary>
public sealed record CreateTenantCommand(string Slug, string DisplayName) : ICommand<CreateTenantResult>;
