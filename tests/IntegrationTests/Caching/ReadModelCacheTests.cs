using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Infrastructure.Caching;

namespace YearEndAdjustment.IntegrationTests.Caching;

/// <summary>ADR 0049 and 0053: the node-local read-model cache serves by stamp and age, and concurrent misses share one computation.</summary>
public sealed class ReadModelCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ConcurrentMisses_OfOneStamp_ShareOneComputation_AndAllGetItsValue()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new MemoryReadModelCache(memory, _clock);
        var release = new TaskCompletionSource();
        var computations = 0;
        async Task<string> Compute(CancellationToken _)
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return "counts";
        }

        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.GetOrComputeAsync("dashboard", "7", TimeSpan.FromSeconds(30), Compute, CancellationToken.None))).ToList();
        await Task.Delay(100);
        release.SetResult();
        var values = await Task.WhenAll(callers);

        Assert.Equal(1, computations);
        Assert.All(values, v => Assert.Equal("counts", v));
    }

    [Fact]
    public async Task ANewStamp_OrAnOldEntry_IsComputedAgain_AndAFailureReachesTheCaller()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new MemoryReadModelCache(memory, _clock);
        var computations = 0;
        Task<string> Compute(CancellationToken _) => Task.FromResult("v" + Interlocked.Increment(ref computations));

        var first = await cache.GetOrComputeAsync("k", "1", TimeSpan.FromSeconds(30), Compute, CancellationToken.None);
        var same = await cache.GetOrComputeAsync("k", "1", TimeSpan.FromSeconds(30), Compute, CancellationToken.None);
        var restamped = await cache.GetOrComputeAsync("k", "2", TimeSpan.FromSeconds(30), Compute, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(31));
        var aged = await cache.GetOrComputeAsync("k", "2", TimeSpan.FromSeconds(30), Compute, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetOrComputeAsync<string>("k", "3", TimeSpan.FromSeconds(30), _ => throw new InvalidOperationException("database gone"), CancellationToken.None));
        var afterFailure = await cache.GetOrComputeAsync("k", "3", TimeSpan.FromSeconds(30), Compute, CancellationToken.None);

        Assert.Equal(("v1", "v1", "v2", "v3", "v4"), (first, same, restamped, aged, afterFailure));
        Assert.Equal("database gone", failure.Message);
    }
}
