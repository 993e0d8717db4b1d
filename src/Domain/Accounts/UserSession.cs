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

    /// <summary>
    /// Activity is recorded at most this often, so a GET writes nothing on most requests; the idle timeout can end a
    /// session at most this much earlier than the user's true last activity (ADR 0012, ADR 0028).
    /// </summary>
    public static readonly TimeSpan ActivityWriteInterval = TimeSpan.FromMinutes(1);

    public bool IsActive(DateTime nowUtc, TimeSpan idleTimeout) => IsActive(RevokedAtUtc, ExpiresAtUtc, LastSeenAtUtc, nowUtc, idleTimeout);

    /// <summary>The same rule over the values of a row read without tracking.</summary>
    public static bool IsActive(DateTime? revokedAtUtc, DateTime expiresAtUtc, DateTime lastSeenAtUtc, DateTime nowUtc, TimeSpan idleTimeout) =>
        revokedAtUtc is null && nowUtc < expiresAtUtc && nowUtc - lastSeenAtUtc < idleTimeout;

    /// <summary>Whether activity at <paramref name="nowUtc"/> is worth writing (see <see cref="ActivityWriteInterval"/>).</summary>
    public static bool NeedsTouch(DateTime lastSeenAtUtc, DateTime nowUtc) => nowUtc - lastSeenAtUtc >= ActivityWriteInterval;

    /// <summary>Records activity at most once a minute: enough for a 30-minute idle timeout, far fewer writes.</summary>
    public bool Touch(DateTime nowUtc)
    {
        if (!NeedsTouch(LastSeenAtUtc, nowUtc))
        {
            return false;
        }

        LastSeenAtUtc = nowUtc;
        return true;
    }

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}
