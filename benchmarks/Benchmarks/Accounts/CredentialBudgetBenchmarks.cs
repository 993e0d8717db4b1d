using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Benchmarks.Support;
using YearEndAdjustment.Infrastructure.Security;

namespace YearEndAdjustment.Benchmarks.Accounts;

/// <summary>
/// ADR 0046: what one credential post pays for a sign-in budget every node shares (SQLite, the real app's context
/// pool), against the in-memory sliding window each node kept before. Granted: count, insert, rank. Refused: one count.
/// </summary>
[InProcess]
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
[IterationTime(200)]
public class CredentialBudgetBenchmarks
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private BenchmarkHost _host = null!;
    private CredentialBudget _budget = null!;
    private PartitionedRateLimiter<string> _inMemory = null!;
    private long _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BenchmarkHost(new Dictionary<string, string?> { ["Demo:CreateOnFirstStart"] = "false" });
        _host.NewClient().Dispose();
        _budget = _host.Services.GetRequiredService<CredentialBudget>();
        for (var i = 0; i < 5; i++)
        {
            await _budget.TryTakeAsync("ip:spent", 5, Window, CancellationToken.None);
        }

        _inMemory = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(
            key, _ => new SlidingWindowRateLimiterOptions { PermitLimit = 5, Window = Window, SegmentsPerWindow = 6, QueueLimit = 0 }));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _inMemory.Dispose();
        _host.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool InMemorySlidingWindow_Granted()
    {
        using var lease = _inMemory.AttemptAcquire("ip:" + Interlocked.Increment(ref _next));
        return lease.IsAcquired;
    }

    [Benchmark]
    public ValueTask<bool> Database_Granted() =>
        _budget.TryTakeAsync("ip:" + Interlocked.Increment(ref _next), 5, Window, CancellationToken.None);

    [Benchmark]
    public ValueTask<bool> Database_Refused() => _budget.TryTakeAsync("ip:spent", 5, Window, CancellationToken.None);
}
