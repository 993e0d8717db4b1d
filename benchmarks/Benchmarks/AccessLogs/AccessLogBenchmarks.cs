using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.AccessLogs.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Benchmarks.Support;

namespace YearEndAdjustment.Benchmarks.AccessLogs;

/// <summary>
/// What the access log costs a request: the same page served with recording off (every path excluded) and on,
/// both through the whole in-process pipeline on a real SQLite file; plus the sustained cost per row when rows are
/// produced faster than the writer stores them (the queue fills, so each enqueue waits for the batched inserts).
/// </summary>
[InProcess]
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(10)]
public class AccessLogBenchmarks
{
    private BenchmarkHost _withoutLog = null!;
    private BenchmarkHost _withLog = null!;
    private HttpClient _clientWithout = null!;
    private HttpClient _clientWith = null!;
    private IAccessLogWriter _writer = null!;
    private readonly TenantId _tenant = TenantId.New();

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _withoutLog = new BenchmarkHost(new Dictionary<string, string?> { ["AccessLog:ExcludedPathPrefixes:0"] = "/" });
        _withLog = new BenchmarkHost(new Dictionary<string, string?>());
        _clientWithout = _withoutLog.NewClient();
        _clientWith = _withLog.NewClient();
        await _clientWithout.GetStringAsync("/demo/");
        await _clientWith.GetStringAsync("/demo/");
        _writer = _withLog.Services.GetRequiredService<IAccessLogWriter>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _withoutLog.Dispose();
        _withLog.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<string> PageWithoutAccessLog() => _clientWithout.GetStringAsync("/demo/");

    [Benchmark]
    public Task<string> PageWithAccessLog() => _clientWith.GetStringAsync("/demo/");

    [Benchmark]
    public void SustainedWritePerRow() =>
        _writer.Enqueue(AccessLog.Record(_tenant, DateTime.UtcNow, null, "127.0.0.1", "Mozilla/5.0 (bench)", "GET", "/demo/declarations", 200, 1.2, null));
}
