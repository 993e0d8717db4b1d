using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The tenant the current request (or job) acts for. Set once per scope: entering a second, different tenant
/// throws, so code inside one tenant's request can never switch to another's data.
/// </summary>
public interface ITenantContext
{
    /// <summary>The current tenant, or null outside any tenant (site-wide pages, operator commands before entry).</summary>
    TenantId? TenantId { get; }

    /// <summary>The current tenant's URL segment, or null.</summary>
    string? Slug { get; }

    /// <summary>The current tenant's display name, or null.</summary>
    string? DisplayName { get; }

    /// <summary>Binds this scope to a tenant; idempotent for the same tenant, throws for a different one.</summary>
    void Enter(TenantId tenantId, string slug, string displayName);
}
