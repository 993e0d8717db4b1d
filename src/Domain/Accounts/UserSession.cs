using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Accounts;

/// <summary>
/// A server-side sign-in session. The cookie only names it; sign-out, disabling or a password change revoke it
/// here, so the cookie stops working at once rather than when it expires (R-11, ASVS 7.4).
/// </summary>
public sealed class UserSession : AggregateRoot, ITenantOwned
{
    private UserSession()
    {
        SecurityStamp = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public AccountId AccountId { get; private set; }

    /// <summary>The account's stamp when the session began; a different current stamp ends the session.</summary>
    public string SecurityStamp { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastSeenAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static UserSession Start(TenantId tenantId, AccountId accountId, string securityStamp, DateTime nowUtc, TimeSpan absoluteLifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        AccountId = accountId,
        SecurityStamp = securityStamp,
        CreatedAtUtc = nowUtc,
        LastSeenAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + absoluteLifetime,
    };

    public bool IsActive(DateTime nowUtc, TimeSpan idleTimeout) =>
        RevokedAtUtc is null && nowUtc < ExpiresAtUtc && nowUtc - LastSeenAtUtc < idleTimeout;

    /// <summary>Records activity at most once a minute: enough for a 30-minute idle timeout, far fewer writes.</summary>
    public bool Touch(DateTime nowUtc)
    {
        if (nowUtc - LastSeenAtUtc < TimeSpan.FromMinutes(1))
        {
            return false;
        }

        LastSeenAtUtc = nowUtc;
        return true;
    }

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}
