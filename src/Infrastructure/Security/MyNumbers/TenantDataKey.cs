using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Security.MyNumbers;

/// <summary>
/// A tenant's My Number data key, stored only wrapped (AES-GCM under the master key, ADR 0020). Tenant-owned, so the
/// tenant filter and save guard protect it like any other row; deleting it crypto-shreds every number of the tenant,
/// backups included (security-reliability 3.6 b).
/// </summary>
internal sealed class TenantDataKey : ITenantOwned
{
    public const int WrappedKeyLength = NonceLength + KeyLength + TagLength;
    public const int NonceLength = 12;
    public const int KeyLength = 32;
    public const int TagLength = 16;

    private TenantDataKey()
    {
        WrappedKey = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    /// <summary>nonce (12) | ciphertext of the 32-byte key | tag (16).</summary>
    public byte[] WrappedKey { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static TenantDataKey Create(TenantId tenantId, byte[] wrappedKey, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        WrappedKey = wrappedKey,
        CreatedAtUtc = nowUtc,
    };
}
