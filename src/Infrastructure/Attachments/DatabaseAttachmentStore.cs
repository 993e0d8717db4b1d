using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Attachments;

/// <summary>
/// The default attachment store (ADR 0036): the bytes in the AttachmentContents table of the same database, staged on
/// the request's context so the handler's one SaveChanges commits row and bytes together (or neither).
/// </summary>
internal sealed class DatabaseAttachmentStore(AppDbContext db) : IAttachmentStore
{
    public Task PutAsync(Attachment attachment, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        db.AttachmentContents.Add(AttachmentContent.Create(attachment.Id, attachment.TenantId, content.ToArray()));
        return Task.CompletedTask;
    }

    public async Task<byte[]?> ReadAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);

        // The tenant filter applies as well; the tenant condition repeats it so a content row can never answer for another tenant's id.
        return await db.AttachmentContents.AsNoTracking()
            .Where(c => c.AttachmentId == attachment.Id && c.TenantId == attachment.TenantId)
            .Select(c => c.Content)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task RemoveAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);

        // Deleted through a stub (key and tenant only), so the bytes are never read just to be dropped.
        var exists = await db.AttachmentContents.AnyAsync(c => c.AttachmentId == attachment.Id, cancellationToken);
        if (exists)
        {
            var stub = AttachmentContent.Create(attachment.Id, attachment.TenantId, []);
            db.AttachmentContents.Attach(stub);
            db.AttachmentContents.Remove(stub);
        }
    }
}
