namespace YearEndAdjustment.Infrastructure.Security;

/// <summary>
/// One counted credential attempt in a shared budget: per client address or per account (ADR 0046). The key is
/// stored only as a SHA-256 digest, so the table names neither addresses nor login IDs. Global: the per-address budget
/// spans tenants, and rows live for minutes (the retention job drops them after a day).
/// </summary>
internal sealed class CredentialAttempt
{
    public const int KeyHashLength = 64;

    private CredentialAttempt()
    {
        KeyHash = null!;
    }

    /// <summary>Increasing in insert order: of several attempts racing for the last permit, the lowest ids win.</summary>
    public long Id { get; private set; }

    public string KeyHash { get; private set; }

    public DateTime AtUtc { get; private set; }

    public static CredentialAttempt Create(string keyHash, DateTime atUtc) => new() { KeyHash = keyHash, AtUtc = atUtc };
}
