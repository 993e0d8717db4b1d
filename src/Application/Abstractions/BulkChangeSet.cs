using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>The rows one bulk write (or one chunk of a session) writes: aggregates created or changed by their own behaviour.</summary>
public sealed class BulkChangeSet
{
    private readonly List<object> _inserts = [];
    private readonly List<BulkUpdate> _updates = [];

    public IReadOnlyList<object> Inserts => _inserts;

    public IReadOnlyList<BulkUpdate> Updates => _updates;

    public bool IsEmpty => _inserts.Count == 0 && _updates.Count == 0;

    public int Count => _inserts.Count + _updates.Count;

    public void Insert<T>(T entity)
        where T : class, ITenantOwned => _inserts.Add(entity);

    /// <summary>An entity changed in memory; <paramref name="originalVersion"/> is its version when it was read.</summary>
    public void Update<T>(T entity, int originalVersion)
        where T : class, ITenantOwned => _updates.Add(new BulkUpdate(entity, originalVersion));
}
