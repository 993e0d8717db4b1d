using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.GetTenantSettings;

public sealed class GetTenantSettingsQueryHandler(IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser)
    : IQueryHandler<GetTenantSettingsQuery, TenantSettingsDto>
{
    public async ValueTask<TenantSettingsDto> Handle(GetTenantSettingsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageSettings);
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var s = await db.GetSettingsAsync(tenant, track: false, cancellationToken);
        return new TenantSettingsDto(
            s.LockoutThreshold, s.LockoutMinutes, s.IdleTimeoutMinutes, s.RequireTwoFactorForAdmins,
            s.IpAllowList.Select(e => new IpAllowListEntryDto(e.Value, e.Note)).ToList());
    }
}
