using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.Support;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.Contracts;

/// <summary>
/// The current tenant's settings for this request (scoped): one version read per request, the full row only when the
/// version differs from the cached snapshot's (ADR 0028). The allow-list check and the session check share it; the same
/// read brings the tenant's sessions version (ADR 0060).
/// </summary>
public sealed class CurrentTenantSettings(IAppDbContext db, IRequestLookups lookups, ITenantContext tenantContext, TenantSettingsCache cache)
{
    private TenantSettingsSnapshot? _current;

    /// <summary>The sessions version read with the settings (ADR 0060); set by <see cref="GetAsync"/>.</summary>
    public int SessionsVersion { get; private set; }

    public async ValueTask<TenantSettingsSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            return _current;
        }

        var tenant = tenantContext.TenantId ?? throw new InvalidOperationException("No tenant is bound to this scope.");
        var versions = await lookups.VersionsAsync(cancellationToken);
        SessionsVersion = versions.Sessions;
        if (cache.Find(tenant, versions.Settings) is { } cached)
        {
            return _current = cached;
        }

        var settings = await db.TenantSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);

        // The row's own version, not the one read a moment ago: a save in between only costs one more reload.
        var snapshot = settings is null
            ? TenantSettingsSnapshot.From(TenantSettings.CreateDefault(tenant), -1)
            : TenantSettingsSnapshot.From(settings, settings.Version);
        cache.Store(tenant, snapshot);
        return _current = snapshot;
    }
}
