using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.ValidateSession;

/// <summary>
/// One indexed read of the session joined to its account, so sign-out, disabling, a password change and a role change
/// end or change the session on the very next request on every node; the row is kept on this node while the
/// tenant's sessions version, read with the settings on every request, is unchanged (ADR 0060). Activity is written at
/// most once a minute, by a conditional update (ADR 0028).
/// </summary>
public sealed class ValidateSessionCommandHandler(
    IAppDbContext db, IRequestLookups lookups, CurrentTenantSettings tenantSettings, SessionCache sessions, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<ValidateSessionCommand, SessionState?>
{
    public async ValueTask<SessionState?> Handle(ValidateSessionCommand command, CancellationToken cancellationToken)
    {
        if (tenantContext.TenantId is not { } tenant)
        {
            return null;
        }

        // The version before the row: a change saved in between moves the version after its rows, so a row read here
        // is never older than the version it is kept under.
        var settings = await tenantSettings.GetAsync(cancellationToken);
        var version = tenantSettings.SessionsVersion;
        var now = clock.GetUtcNow().UtcDateTime;
        var idleTimeout = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes);
        var s = sessions.Find(tenant, command.SessionId, version, now);

        // A kept row that looks idle is read again: another node may have written the activity meanwhile.
        if (s is null || !IsValid(s, command, now, idleTimeout))
        {
            // Tenant-filtered: a cookie of another tenant finds nothing here.
            s = await lookups.FindSessionAsync(command.SessionId, cancellationToken);
            if (s is null || !IsValid(s, command, now, idleTimeout))
            {
                sessions.Forget(command.SessionId);
                return null;
            }

            sessions.Store(tenant, version, s, now);
        }

        if (UserSession.NeedsTouch(s.LastSeenAtUtc, now))
        {
            // Conditional, so concurrent requests of one session (or several nodes) write the row once a minute at most.
            var seenBefore = now - UserSession.ActivityWriteInterval;
            await db.UserSessions
                .Where(x => x.Id == s.SessionId && x.LastSeenAtUtc <= seenBefore)
                .ExecuteUpdateAsync(x => x.SetProperty(r => r.LastSeenAtUtc, now), cancellationToken);
            sessions.Touched(s.SessionId, now);
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

    private static bool IsValid(SessionLookup s, ValidateSessionCommand command, DateTime now, TimeSpan idleTimeout) =>
        s.AccountId == command.AccountId && !s.IsDisabled && s.SessionStamp == s.AccountStamp
        && UserSession.IsActive(s.RevokedAtUtc, s.ExpiresAtUtc, s.LastSeenAtUtc, now, idleTimeout);
}
