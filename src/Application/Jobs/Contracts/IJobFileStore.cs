namespace YearEndAdjustment.Application.Jobs.Contracts;

/// <summary>
/// A file a background job produced (the year's ZIP of slips, ADR 0047), kept as numbered parts under the job's id
/// so that every node can serve it and neither writing nor reading ever holds the whole file in memory. The
/// default keeps the parts in the database; each call commits on its own, so a job taken over after a lost lease
/// removes what the earlier attempt left and starts again.
/// </summary>
public interface IJobFileStore
{
    /// <summary>Size of one part; the job cuts its file into parts of this size.</summary>
    const int PartSize = 1024 * 1024;

    /// <summary>Stores part <paramref name="sequence"/> (0, 1, …) of the job's file and commits it.</summary>
    Task AppendAsync(Guid jobId, int sequence, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The parts in order, one at a time; only ever called for a job the caller may see.</summary>
    IAsyncEnumerable<byte[]> ReadAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Drops every part of the job's file and commits.</summary>
    Task RemoveAsync(Guid jobId, CancellationToken cancellationToken);
}
