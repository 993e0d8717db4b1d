using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Accounts;

/// <summary>One sign-in attempt: kept for as long as the tenant exists.</summary>
public sealed class LoginHistoryEntry : AggregateRoot, ITenantOwned
{
    private LoginHistoryEntry()
    {
        AttemptedLoginId = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    /// <summary>The account the attempt was for, when the login ID named one.</summary>
    public AccountId? AccountId { get; private set; }

    /// <summary>What was typed as login ID (trimmed, at most 64 characters): lets admins see attacks on unknown IDs.</summary>
    public string AttemptedLoginId { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public string? ClientIp { get; private set; }

    public string? UserAgent { get; private set; }

    public SignInOutcome Outcome { get; private set; }

    public static LoginHistoryEntry Record(
        TenantId tenantId, AccountId? accountId, string attemptedLoginId, DateTime nowUtc,
        string? clientIp, string? userAgent, SignInOutcome outcome) => new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            AccountId = accountId,
            AttemptedLoginId = Cut(attemptedLoginId.Trim(), LoginId.MaxLength),
            OccurredAtUtc = nowUtc,
            ClientIp = clientIp is null ? null : Cut(clientIp, 45),
            UserAgent = userAgent is null ? null : Cut(userAgent, 512),
            Outcome = outcome,
        };

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
