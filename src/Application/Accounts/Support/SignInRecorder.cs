using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.Support;

/// <summary>Shared by the sign-in steps: login history rows and session opening.</summary>
public static class SignInRecorder
{
    /// <summary>How long a session may live however active it is (ASVS 7.3.2 absolute timeout).</summary>
    public static readonly TimeSpan AbsoluteSessionLifetime = TimeSpan.FromHours(12);

    public static void Record(IAppDbContext db, TenantId tenant, Account? account, string attemptedLoginId, DateTime now, string? ip, string? userAgent, SignInOutcome outcome) =>
        db.LoginHistory.Add(LoginHistoryEntry.Record(tenant, account?.Id, attemptedLoginId, now, ip, userAgent, outcome));

    public static SessionTicket OpenSession(IAppDbContext db, Account account, DateTime now)
    {
        var session = UserSession.Start(account.TenantId, account.Id, account.SecurityStamp, now, AbsoluteSessionLifetime);
        db.UserSessions.Add(session);
        return new SessionTicket(account.Id.Value, session.Id, account.TenantId.Value, account.DisplayName, account.PreferredCulture);
    }
}
