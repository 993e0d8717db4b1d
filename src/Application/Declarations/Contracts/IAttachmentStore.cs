using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.Contracts;

/// <summary>
/// Where attachment bytes live (ADR 0036). The metadata is the <see cref="Attachment"/> row the handler saves; the
/// store keeps the content under the attachment's id and tenant. The default keeps it in the database, staged on the
/// handler's unit of work, so the row and its bytes commit together and every app node can serve them.
/// An implementation outside the database writes on <see cref="PutAsync"/> (before the row is committed) and must
/// tolerate content whose row never committed (swept later); it never trusts an id without the tenant.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Keeps the content of a new attachment.</summary>
    Task PutAsync(Attachment attachment, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The content, or null when it is missing; only ever called for a row the caller may see.</summary>
    Task<byte[]?> ReadAsync(Attachment attachment, CancellationToken cancellationToken);

    /// <summary>Drops the content of an attachment being removed (with the row, in the same unit of work where possible).</summary>
    Task RemoveAsync(Attachment attachment, CancellationToken cancellationToken);
}
