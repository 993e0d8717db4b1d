using Riok.Mapperly.Abstractions;
using YearEndAdjustment.Application.Tenants.ListTenants;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants;

[Mapper]
public static partial class TenantMapper
{
    [MapperIgnoreSource(nameof(Tenant.DomainEvents))]
    [MapperIgnoreSource(nameof(Tenant.Version))]
    [MapperIgnoreSource(nameof(Tenant.PurgedAtUtc))]
    public static partial TenantListItemDto ToListItem(Tenant tenant);

    private static Guid ToGuid(TenantId id) => id.Value;

    private static string ToText(TenantSlug slug) => slug.Value;
}
