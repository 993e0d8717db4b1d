using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Attachments;

/// <summary>
/// The bytes of one attachment, in a table of their own (ADR 0036) so that metadata lists never read them. Keyed by the
/// attachment's id and tenant-owned, so the tenant filter and save guard apply here too.
/// </summary>
internal sealed class AttachmentContent : ITenantOwned
{
    private AttachmentContent()
    {
        Content = null!;
    }

    public Guid AttachmentId { get; private set; }

    public TenantId TenantId { get; private set; }

    public byte[] Content { get; private set; }

    public static AttachmentContent Create(Guid attachmentId, TenantId tenantId, byte[] content) => new()
    {
        AttachmentId = attachmentId,
        TenantId = tenantId,
        Content = content,
    };
}
