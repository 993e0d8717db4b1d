namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// Writes many new or changed rows of the current tenant in one transaction without EF change tracking, which costs
/// about 2 s per 100,000 inserts (toolchain baselines; ADR 0021). Parameterised statements only. Every entity must
/// belong to the current tenant, as with <see cref="IAppDbContext.SaveChangesAsync"/>. Inserts also write the new
/// entity's owned collections (an employee's family members); updates write only the entity's own table.
/// </summary>
public interface IBulkWriter
{
    /// <summary>
    /// Applies all inserts, then all updates, atomically. An update whose row no longer has its original version
    /// fails the whole set with <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>.
    /// </summary>
    Task ApplyAsync(BulkChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens one transaction on the unit of work's connection for writing in chunks (ADR 0025), so a large import
    /// never holds all its rows at once. <see cref="IAppDbContext.SaveChangesAsync"/> called before the commit joins
    /// the same transaction. Disposing without <see cref="IBulkWriteSession.CommitAsync"/> rolls everything back.
    /// </summary>
    Task<IBulkWriteSession> BeginAsync(CancellationToken cancellationToken = default);
}

/// <summary>One transaction of chunked bulk writes; use from one thread at a time.</summary>
public interface IBulkWriteSession : IAsyncDisposable
{
    /// <summary>Writes the chunk's inserts, then its updates; a lost update fails with a concurrency exception.</summary>
    Task WriteAsync(BulkChangeSet changes, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);
}
