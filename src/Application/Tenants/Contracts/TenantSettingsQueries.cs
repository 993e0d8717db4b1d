using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.Contracts;

public static class TenantSettingsQueries
{
    /// <summary>The tenant's settings row, or fresh defaults (added to the context when <paramref name="track"/>).</summary>
    public static async Task<TenantSettings> GetSettingsAsync(this IAppDbContext db, TenantId tenantId, bool track, CancellationToken cancellationToken)
    {
        var query = track ? db.TenantSettings : db.TenantSettings.AsNoTracking();
        var settings = await query.SingleOrDefaultAsync(cancellationToken);
        if (settings is not null)
        {
            return settings;
        }

        settings = TenantSettings.CreateDefault(tenantId);
        if (track)
        {
            db.TenantSettings.Add(settings);
        }

        return settings;
    }
}
