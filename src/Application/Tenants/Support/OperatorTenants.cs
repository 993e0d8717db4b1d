using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.Support;

/// <summary>Tenant look-ups shared by the operator's command-line use cases.</summary>
public static class OperatorTenants
{
    /// <summary>What the contract-end notice promises; the purge runs at Tenants:PurgeAfterDays, 60 by default.</summary>
    public const int PurgeNoticeDays = 60;

    /// <summary>The tenant the slug names; an unknown or malformed slug is bad input (exit 2), never a crash.</summary>
    public static async Task<Tenant> FindAsync(IAppDbContext db, string slug, CancellationToken cancellationToken)
    {
        if (TenantSlug.Check(slug) is not null)
        {
            throw Unknown(slug);
        }

        var value = TenantSlug.Create(slug);
        return await db.Tenants.SingleOrDefaultAsync(t => t.Slug == value, cancellationToken) ?? throw Unknown(slug);
    }

    private static DomainRuleViolationException Unknown(string slug) =>
        new(MessageKeys.TenantUnknownSlug, Messages.Rule(MessageKeys.TenantUnknownSlug, slug));
}
