using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Uploads;

/// <summary>
/// An uploaded file kept between the preview and the confirm step (ADR 0046), in the database so that the confirm may
/// reach another node than the preview did. Tenant-owned (filtered, guarded and purged like every tenant table) and
/// bound to the account that uploaded it; expired rows are dropped by the retention job.
/// </summary>
internal sealed class PendingUpload : ITenantOwned
{
    public const int OwnerMaxLength = 64;

    private PendingUpload()
    {
        Owner = null!;
        Content = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    /// <summary>The uploading account's id; another account of the tenant cannot read or confirm the file.</summary>
    public string Owner { get; private set; }

    public byte[] Content { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public static PendingUpload Create(Guid id, TenantId tenantId, string owner, byte[] content, DateTime expiresAtUtc) => new()
    {
        Id = id,
        TenantId = tenantId,
        Owner = owner,
        Content = content,
        ExpiresAtUtc = expiresAtUtc,
    };
}
