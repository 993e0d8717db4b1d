using System.Collections.Concurrent;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Tenants.Support;

/// <summary>
/// Process-wide settings snapshots per tenant. Never trusted on its own: <see cref="CurrentTenantSettings"/> compares
/// the snapshot's version with the database's on every request, so a change saved on any node applies on the next
/// request everywhere (ADR 0028).
/// </summary>
public sealed class TenantSettingsCache
{
    private readonly ConcurrentDictionary<TenantId, TenantSettingsSnapshot> _snapshots = new();

    public TenantSettingsSnapshot? Find(TenantId tenant, int version) =>
        _snapshots.TryGetValue(tenant, out var snapshot) && snapshot.Version == version ? snapshot : null;

    public void Store(TenantId tenant, TenantSettingsSnapshot snapshot) => _snapshots[tenant] = snapshot;
}
