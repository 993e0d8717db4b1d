using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Jobs.Files;

/// <summary>
/// The default job file store (ADR 0047): parts of 1 MB in the JobFileParts table of the same database. Each part is
/// saved and then detached at once, so a 300 MB file passes through one part's worth of memory.
/// </summary>
internal sealed class DatabaseJobFileStore(AppDbContext db) : IJobFileStore
{
    public async Task AppendAsync(Guid jobId, int sequence, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var tenant = db.BoundTenantId ?? throw new InvalidOperationException("A job file belongs to a tenant.");
        var part = JobFilePart.Create(jobId, sequence, tenant, content.ToArray());
        db.JobFileParts.Add(part);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Entry(part).State = EntityState.Detached;
        }
    }

    public async IAsyncEnumerable<byte[]> ReadAsync(Guid jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One query per part: a streamed single query would keep a reader open for the whole download.
        var count = await db.JobFileParts.CountAsync(p => p.JobId == jobId, cancellationToken);
        for (var sequence = 0; sequence < count; sequence++)
        {
            var index = sequence;
            yield return await db.JobFileParts.AsNoTracking()
                .Where(p => p.JobId == jobId && p.Sequence == index)
                .Select(p => p.Content)
                .SingleAsync(cancellationToken);
        }
    }

    public Task RemoveAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.JobFileParts.Where(p => p.JobId == jobId).ExecuteDeleteAsync(cancellationToken);
}
