using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.AccessLogs.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;

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
    private Host _withoutLog = null!;
    private Host _withLog = null!;
    private IAccessLogWriter _writer = null!;
    private readonly TenantId _tenant = TenantId.New();

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _withoutLog = new Host(excludeEverything: true);
        _withLog = new Host(excludeEverything: false);
        await _withoutLog.Client.GetStringAsync("/demo/");
        await _withLog.Client.GetStringAsync("/demo/");
        _writer = _withLog.Services.GetRequiredService<IAccessLogWriter>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _withoutLog.Dispose();
        _withLog.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<string> PageWithoutAccessLog() => _withoutLog.Client.GetStringAsync("/demo/");

    [Benchmark]
    public Task<string> PageWithAccessLog() => _withLog.Client.GetStringAsync("/demo/");

    [Benchmark]
    public void SustainedWritePerRow() =>
        _writer.Enqueue(AccessLog.Record(_tenant, DateTime.UtcNow, null, "127.0.0.1", "Mozilla/5.0 (bench)", "GET", "/demo/declarations", 200, 1.2, null));

    private sealed class Host : WebApplicationFactory<Program>
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"yea-bench-{Guid.NewGuid():N}.db");
        private readonly bool _excludeEverything;

        public Host(bool excludeEverything)
        {
            _excludeEverything = excludeEverything;
            Client = CreateClient();
        }

        public HttpClient Client { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(WebProjectFolder());
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={_path}");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("AccessLog:ExcludedPathPrefixes:0", _excludeEverything ? "/" : "/health");
        }

        // BenchmarkDotNet's in-process toolchain hides the content-root hint the test SDK gives test projects.
        private static string WebProjectFolder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "YearEndAdjustment.sln")))
                {
                    return Path.Combine(dir.FullName, "src", "Web");
                }
            }

            throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_path + suffix);
            }
        }
    }
}
