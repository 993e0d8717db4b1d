using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Tenancy;

/// <summary>
/// Scoped holder of the current tenant. <see cref="EnterSystem"/> is for Infrastructure's own cross-tenant
/// writers and jobs only (it is internal), so no use case can opt out of isolation.
/// </summary>
internal sealed class TenantContext : ITenantContext
{
    public TenantId? TenantId { get; private set; }

    public string? Slug { get; private set; }

    public string? DisplayName { get; private set; }

    /// <summary>True in scopes of background writers and jobs that legitimately touch every tenant.</summary>
    public bool IsSystem { get; private set; }

    public void Enter(TenantId tenantId, string slug, string displayName)
    {
        if (IsSystem)
        {
            throw new InvalidOperationException("A system scope cannot enter a tenant.");
        }

        if (TenantId is { } current && current != tenantId)
        {
            throw new InvalidOperationException("This scope is already bound to another tenant.");
        }

        TenantId = tenantId;
        Slug = slug;
        DisplayName = displayName;
    }

    public void EnterSystem()
    {
        if (TenantId is not null)
        {
            throw new InvalidOperationException("A tenant scope cannot become a system scope.");
        }

        IsSystem = true;
    }
}
