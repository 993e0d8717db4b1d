using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Accounts;

/// <summary>
/// A one-time, expiring link token (invitation or password reset). Only the SHA-256 hash of the random token is
/// stored, so a database leak yields no usable links.
/// </summary>
public sealed class AccountToken : AggregateRoot, ITenantOwned
{
    private AccountToken()
    {
        TokenHash = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public AccountId AccountId { get; private set; }

    public TokenPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public static AccountToken Issue(TenantId tenantId, AccountId accountId, TokenPurpose purpose, string tokenHash, DateTime nowUtc, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        AccountId = accountId,
        Purpose = purpose,
        TokenHash = tokenHash,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + lifetime,
    };

    public bool IsUsable(DateTime nowUtc) => UsedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Use(DateTime nowUtc)
    {
        if (!IsUsable(nowUtc))
        {
            throw new DomainRuleViolationException("token.unusable", "このリンクは使用済みか、有効期限が切れています。");
        }

        UsedAtUtc = nowUtc;
    }

    /// <summary>A newer link replaces older unused ones of the same purpose.</summary>
    public void Revoke(DateTime nowUtc) => UsedAtUtc ??= nowUtc;
}
