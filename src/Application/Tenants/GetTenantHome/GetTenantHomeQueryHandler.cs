using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.GetTenantHome;

public sealed class GetTenantHomeQueryHandler(ITenantContext tenantContext, TimeProvider clock)
    : IQueryHandler<GetTenantHomeQuery, TenantHomeDto>
{
    public ValueTask<TenantHomeDto> Handle(GetTenantHomeQuery query, CancellationToken cancellationToken)
    {
        if (tenantContext.TenantId is null || tenantContext.Slug is null || tenantContext.DisplayName is null)
        {
            throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        }

        // The adjustment done in late year N is for tax year N (年末調整は本年分).
        var year = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;
        return ValueTask.FromResult(new TenantHomeDto(tenantContext.Slug, tenantContext.DisplayName, year));
    }
}
