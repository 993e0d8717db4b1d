using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Uploads;

/// <summary>
/// Uploads waiting for their confirm step, in the PendingUploads table (ADR 0046) on the scope's tenant-bound context.
/// Every read repeats the tenant, the owner and the expiry, so an id alone opens nothing.
/// </summary>
internal sealed class PendingUploadStore(AppDbContext db, TimeProvider clock) : IPendingUploadStore
{
    public async Task<Guid> SaveAsync(TenantId tenant, string owner, Stream content, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var upload = PendingUpload.Create(Guid.NewGuid(), tenant, owner, buffer.ToArray(), clock.GetUtcNow().UtcDateTime + keepFor);
        db.PendingUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);

        // The bytes need not stay in the request's change tracker.
        db.Entry(upload).State = EntityState.Detached;
        return upload.Id;
    }

    public Task<byte[]?> ReadAsync(TenantId tenant, string owner, Guid id, CancellationToken cancellationToken) =>
        Live(tenant, owner, id).Select(u => u.Content).SingleOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(TenantId tenant, string owner, Guid id, CancellationToken cancellationToken) =>
        Live(tenant, owner, id).AnyAsync(cancellationToken);

    public Task<int> DeleteAsync(TenantId tenant, Guid id, CancellationToken cancellationToken) =>
        db.PendingUploads.Where(u => u.Id == id && u.TenantId == tenant).ExecuteDeleteAsync(cancellationToken);

    private IQueryable<PendingUpload> Live(TenantId tenant, string owner, Guid id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.PendingUploads.AsNoTracking().Where(u => u.Id == id && u.TenantId == tenant && u.Owner == owner && u.ExpiresAtUtc > now);
    }
}
