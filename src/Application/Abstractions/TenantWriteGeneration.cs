using System.Collections.Concurrent;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// ADR 0056: a per-tenant count of the writes this process has finished (every successful command, every finished
/// background job). A read model kept under it is exact for what this node wrote; what another process wrote shows
/// within the read model's maximum age.
/// </summary>
public sealed class TenantWriteGeneration
{
    private readonly ConcurrentDictionary<TenantId, long> _byTenant = new();

    public long Current(TenantId tenant) => _byTenant.TryGetValue(tenant, out var value) ? value : 0;

    public void Advance(TenantId tenant) => _byTenant.AddOrUpdate(tenant, 1, (_, value) => value + 1);
}
