using Mediator;

namespace YearEndAdjustment.Application.Tenants.GetTenantSettings;

/// <summary>The tenant's security settings for the settings screens (manage settings permission).</summary>
public sealed record GetTenantSettingsQuery : IQuery<TenantSettingsDto>;
