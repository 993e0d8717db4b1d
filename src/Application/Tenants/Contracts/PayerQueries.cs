using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Tenants.Contracts;

/// <summary>The payer (支払者) as the slips and the 統一CSV print it: the settings, or the tenant's name while they are empty.</summary>
public static class PayerQueries
{
    public static async Task<SlipPayer> GetPayerAsync(this IAppDbContext db, TenantId tenantId, CancellationToken cancellationToken)
    {
        var s = await db.GetSettingsAsync(tenantId, track: false, cancellationToken);
        var name = s.PayerName ?? await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.DisplayName).SingleAsync(cancellationToken);
        return new SlipPayer(name, s.PayerAddress, s.PayerPhone, s.PayerCorporateNumber);
    }
}
