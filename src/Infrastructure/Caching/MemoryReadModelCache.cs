using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Caching;

/// <summary>
/// <see cref="IReadModelCache"/> over the process's memory cache. Ages come from the <see cref="TimeProvider"/> (a fake
/// clock in tests); the memory cache's own expiry only frees entries nobody asks for. Concurrent misses of one key and
/// stamp share one computation (ADR 0053): under load, thirty-two requests arriving together at an expired dashboard
/// would otherwise each run its grouped queries over the whole year, and all of them time out.
/// </summary>
internal sealed class MemoryReadModelCache(IMemoryCache cache, TimeProvider clock) : IReadModelCache
{
    private readonly ConcurrentDictionary<(Type, string, string), Task<object>> _computing = new();

    public async Task<T> GetOrComputeAsync<T>(
        string key, string stamp, TimeSpan maxAge, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var cacheKey = (typeof(ReadModelEntry<T>), key);
        if (cache.TryGetValue(cacheKey, out ReadModelEntry<T>? entry) && entry is not null
            && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal) && clock.GetUtcNow() - entry.ComputedAt < maxAge)
        {
            return entry.Value;
        }

        var flight = (typeof(T), key, stamp);
        var mine = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _computing.GetOrAdd(flight, mine.Task);
        if (shared != mine.Task)
        {
            // Someone else is computing this very stamp: wait for theirs (this request may still give up on its own).
            return (T)await shared.WaitAsync(cancellationToken);
        }

        try
        {
            // The caller that computes waits to the end, so the scope its computation uses stays alive for the others.
            var value = await compute(CancellationToken.None);
            cache.Set(cacheKey, new ReadModelEntry<T>(stamp, clock.GetUtcNow(), value), new MemoryCacheEntryOptions { SlidingExpiration = maxAge + maxAge });
            mine.SetResult(value);
            return value;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            _ = mine.Task.Exception; // observed here: the waiters, if any, see it through their own await
            throw;
        }
        finally
        {
            _computing.TryRemove(KeyValuePair.Create(flight, mine.Task));
        }
    }

    private sealed record ReadModelEntry<T>(string Stamp, DateTimeOffset ComputedAt, T Value);
}
