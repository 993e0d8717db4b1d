using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.GetServingTenant;

public sealed class GetServingTenantQueryHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<GetServingTenantQuery, ServingTenantDto?>
{
    public async ValueTask<ServingTenantDto?> Handle(GetServingTenantQuery query, CancellationToken cancellationToken)
    {
        if (TenantSlug.Check(query.Slug) is not null)
        {
            return null;
        }

        var slug = TenantSlug.Create(query.Slug);
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
        return tenant is null
            ? null
            : new ServingTenantDto(tenant.Id.Value, tenant.Slug.Value, tenant.DisplayName, tenant.ContractEndDate, !tenant.IsServing(today));
    }
}
