using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Tenants.GetPayerSettings;

public sealed class GetPayerSettingsQueryHandler(IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser)
    : IQueryHandler<GetPayerSettingsQuery, PayerSettingsDto>
{
    public async ValueTask<PayerSettingsDto> Handle(GetPayerSettingsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageSettings);
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var s = await db.GetSettingsAsync(tenant, track: false, cancellationToken);
        var displayName = await db.Tenants.AsNoTracking().Where(t => t.Id == tenant).Select(t => t.DisplayName).SingleAsync(cancellationToken);
        return new PayerSettingsDto(s.PayerName, s.PayerAddress, s.PayerPhone, s.PayerCorporateNumber, displayName, currentUser.Departments.Count == 0);
    }
}
