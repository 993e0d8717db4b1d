using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// Uploads waiting between preview and confirm, shared by every node (ADR 0046): the web upload steps keep them, and
/// the queued import job (ADR 0051), on whichever node takes it, reads the confirmed one.
/// </summary>
public interface IPendingUploadStore
{
    Task<Guid> SaveAsync(TenantId tenant, string owner, Stream content, TimeSpan keepFor, CancellationToken cancellationToken);

    /// <summary>The bytes, or null when the id is unknown, expired, or not this owner's in this tenant.</summary>
    Task<byte[]?> ReadAsync(TenantId tenant, string owner, Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(TenantId tenant, string owner, Guid id, CancellationToken cancellationToken);

    Task<int> DeleteAsync(TenantId tenant, Guid id, CancellationToken cancellationToken);
}
