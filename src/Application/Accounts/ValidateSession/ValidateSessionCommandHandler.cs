using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.ValidateSession;

/// <summary>
/// One indexed read of the session joined to its account, uncached, so sign-out, disabling, a password change and a
/// role change end or change the session on the very next request on every node. The tenant's settings come
/// from the version-checked snapshot. Activity is written at most once a minute, by a conditional update (ADR 0028).
/// </summary>
public sealed class ValidateSessionCommandHandler(
    IAppDbContext db, IRequestLookups lookups, CurrentTenantSettings tenantSettings, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<ValidateSessionCommand, SessionState?>
{
    public async ValueTask<SessionState?> Handle(ValidateSessionCommand command, CancellationToken cancellationToken)
    {
        if (tenantContext.TenantId is null)
        {
            return null;
        }

        // Tenant-filtered: a cookie of another tenant finds nothing here.
        var s = await lookups.FindSessionAsync(command.SessionId, cancellationToken);
        if (s is null || s.AccountId != command.AccountId || s.IsDisabled || s.SessionStamp != s.AccountStamp)
        {
            return null;
        }

        var settings = await tenantSettings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!UserSession.IsActive(s.RevokedAtUtc, s.ExpiresAtUtc, s.LastSeenAtUtc, now, TimeSpan.FromMinutes(settings.IdleTimeoutMinutes)))
        {
            return null;
        }

        if (UserSession.NeedsTouch(s.LastSeenAtUtc, now))
        {
            // Conditional, so concurrent requests of one session (or several nodes) write the row once a minute at most.
            var seenBefore = now - UserSession.ActivityWriteInterval;
            await db.UserSessions
                .Where(x => x.Id == s.SessionId && x.LastSeenAtUtc <= seenBefore)
                .ExecuteUpdateAsync(x => x.SetProperty(r => r.LastSeenAtUtc, now), cancellationToken);
        }

        var isAdministrator = s.Role is AccountRole.Admin or AccountRole.LimitedAdmin;
        return new SessionState(
            s.AccountId,
            s.SessionId,
            s.LoginId,
            s.DisplayName,
            s.Role,
            Account.EffectivePermissionsOf(s.Role, s.Permissions),
            Account.DepartmentCodesOf(s.Departments),
            s.MustChangePassword,
            settings.RequireTwoFactorForAdmins && isAdministrator && !s.TwoFactorEnabled,
            s.TwoFactorEnabled,
            s.PreferredCulture,
            s.EmployeeId);
    }
}
