using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.ValidateSession;

public sealed class ValidateSessionCommandHandler(IAppDbContext db, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<ValidateSessionCommand, SessionState?>
{
    public async ValueTask<SessionState?> Handle(ValidateSessionCommand command, CancellationToken cancellationToken)
    {
        if (tenantContext.TenantId is not { } tenant)
        {
            return null;
        }

        // Both rows are tenant-filtered: a cookie of another tenant finds nothing here.
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == new AccountId(command.AccountId), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await db.GetSettingsAsync(tenant, track: false, cancellationToken);
        if (session is null || account is null || session.AccountId != account.Id || account.IsDisabled
            || session.SecurityStamp != account.SecurityStamp || !session.IsActive(now, TimeSpan.FromMinutes(settings.IdleTimeoutMinutes)))
        {
            return null;
        }

        if (session.Touch(now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SessionState(
            account.Id.Value,
            session.Id,
            account.LoginId.Value,
            account.DisplayName,
            account.Role,
            account.EffectivePermissions,
            account.DepartmentCodes,
            account.MustChangePassword,
            settings.RequireTwoFactorForAdmins && account.IsAdministrator && !account.TwoFactorEnabled,
            account.TwoFactorEnabled,
            account.PreferredCulture);
    }
}
