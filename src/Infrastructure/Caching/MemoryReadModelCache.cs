using Microsoft.Extensions.Caching.Memory;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Caching;

/// <summary>
/// <see cref="IReadModelCache"/> over the process's memory cache. Ages come from the <see cref="TimeProvider"/> (a fake
/// clock in tests); the memory cache's own expiry only frees entries nobody asks for.
/// </summary>
internal sealed class MemoryReadModelCache(IMemoryCache cache, TimeProvider clock) : IReadModelCache
{
    public async Task<T> GetOrComputeAsync<T>(
        string key, string stamp, TimeSpan maxAge, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var cacheKey = (typeof(ReadModelEntry<T>), key);
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(cacheKey, out ReadModelEntry<T>? entry) && entry is not null
            && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal) && now - entry.ComputedAt < maxAge)
        {
            return entry.Value;
        }

        var value = await compute(cancellationToken);
        cache.Set(cacheKey, new ReadModelEntry<T>(stamp, now, value), new MemoryCacheEntryOptions { SlidingExpiration = maxAge + maxAge });
        return value;
    }

    private sealed record ReadModelEntry<T>(string Stamp, DateTimeOffset ComputedAt, T Value);
}
