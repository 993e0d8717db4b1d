namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// A node-local cache of derived read models (ADR 0049). An entry is served only while the stamp the caller has just
/// read from the database is unchanged and the entry is younger than the caller's maximum age, so every node stays
/// exact about what the stamp covers without sharing the cache; the age bounds what the stamp does not cover.
/// </summary>
public interface IReadModelCache
{
    Task<T> GetOrComputeAsync<T>(string key, string stamp, TimeSpan maxAge, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
        where T : class;
}
