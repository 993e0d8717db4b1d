using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportTenantData;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Benchmarks.Employees;

/// <summary>
/// R-04 "memory flat as the tenant grows", in a fresh process:
/// <c>dotnet run -c Release --project benchmarks/Benchmarks -- tenant-export-peak [utf8|sjis] [sizes...]</c>
/// (default sizes 10000 50000 100000). Seeds one tenant per size (employees and one year of payroll totals), warms
/// the export up once on the smallest, then exports each tenant three times into a temporary file (as the export page
/// does). Before each export a full aggressive GC gives a baseline; during it a thread samples every 5 ms the working
/// set, the managed heap after the latest GC (<see cref="GCMemoryInfo.HeapSizeBytes"/>: what survived, i.e. what the
/// export keeps alive) and <see cref="GC.GetTotalMemory(bool)"/> (live plus not-yet-collected garbage). Growth is the
/// peak sample minus the baseline; allocation (<see cref="GC.GetTotalAllocatedBytes(bool)"/>) grows with the data
/// by nature and is printed for reference.
/// </summary>
public static class TenantExportPeakHarness
{
    public const string Command = "tenant-export-peak";

    private const int Repeats = 3;

    public static async Task RunAsync(string[] args)
    {
        var encoding = args.Length > 1 && args[1] == "sjis" ? CsvTextEncoding.ShiftJis : CsvTextEncoding.Utf8WithBom;
        int[] sizes = args.Length > 2 ? [.. args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [10_000, 50_000, 100_000];

        using var host = new EmployeeBenchmarkHost();
        var seedWatch = Stopwatch.StartNew();
        var tenants = new List<(int Size, TenantId Tenant)>();
        foreach (var size in sizes)
        {
            tenants.Add((size, await TenantExportBenchmarks.SeedTenantAsync(host, size)));
        }

        Console.WriteLine($"seeded {string.Join(", ", sizes)} employees (+ payroll totals) in {seedWatch.Elapsed.TotalSeconds:F1} s; encoding={encoding}");

        var (warmSize, warmTenant) = tenants[0];
        var cold = await MeasureAsync(host, warmTenant, warmSize, encoding);
        Console.WriteLine($"cold (first export in the process, JIT) size={warmSize}: {cold.Milliseconds:F0} ms");

        foreach (var (size, tenant) in tenants)
        {
            var runs = new List<Measurement>();
            for (var i = 0; i < Repeats; i++)
            {
                runs.Add(await MeasureAsync(host, tenant, size, encoding));
            }

            var times = runs.Select(r => r.Milliseconds).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"employees={size} export_ms_median={times[times.Length / 2]:F0} min={times[0]:F0} max={times[^1]:F0} zip_mb={runs[0].ZipBytes / 1048576.0:F1} "
                + $"ws_before_mb={runs.Max(r => r.WorkingSetBefore) / 1048576.0:F0} ws_growth_mb={runs.Max(r => r.WorkingSetGrowth) / 1048576.0:F1} "
                + $"heap_live_before_mb={runs.Max(r => r.HeapBefore) / 1048576.0:F1} heap_after_gc_growth_mb={runs.Max(r => r.HeapAfterGcGrowth) / 1048576.0:F1} "
                + $"total_memory_growth_mb={runs.Max(r => r.TotalMemoryGrowth) / 1048576.0:F1} allocated_mb={runs.Average(r => r.Allocated) / 1048576.0:F0} "
                + $"gcs={runs.Average(r => r.Collections):F0} gen2={runs.Average(r => r.Gen2):F0} samples={runs.Min(r => r.Samples)}"));
            Console.WriteLine($"  sha256 {string.Join(" | ", runs.Select(r => r.Hashes).Distinct())}");
        }
    }

    private static async Task<Measurement> MeasureAsync(EmployeeBenchmarkHost host, TenantId tenant, int size, CsvTextEncoding encoding)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var wsBefore = Environment.WorkingSet;
        var heapBefore = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
        var totalBefore = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcsBefore = GC.CollectionCount(0);
        var gen2Before = GC.CollectionCount(2);

        using var sampler = new Sampler();
        var path = Path.GetTempFileName();
        var watch = Stopwatch.StartNew();
        long zipBytes;
        string hashes;
        await using (var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose))
        {
            var result = await host.SendAsync<TenantExportResult>(new ExportTenantDataCommand(temp, encoding), tenant);
            TenantExportBenchmarks.Check(result, size);
            hashes = string.Join(" ", result.Files.Where(f => f.Rows > 0 && f.Name is "employees.csv" or "family-members.csv" or "payroll-totals.csv")
                .Select(f => $"{f.Name}:{f.Sha256[..12]}"));
            zipBytes = temp.Length;
        }

        var milliseconds = watch.Elapsed.TotalMilliseconds;
        sampler.Stop();
        return new Measurement(
            milliseconds, zipBytes, wsBefore, sampler.MaxWorkingSet - wsBefore, heapBefore, sampler.MaxHeapAfterGc - heapBefore,
            sampler.MaxTotalMemory - totalBefore, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(0) - gcsBefore, GC.CollectionCount(2) - gen2Before, sampler.Samples, hashes);
    }

    private sealed record Measurement(
        double Milliseconds, long ZipBytes, long WorkingSetBefore, long WorkingSetGrowth, long HeapBefore, long HeapAfterGcGrowth,
        long TotalMemoryGrowth, long Allocated, int Collections, int Gen2, int Samples, string Hashes);

    /// <summary>Samples memory every 5 ms on its own thread, keeping the maxima.</summary>
    private sealed class Sampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;

        public Sampler()
        {
            Sample();
            _thread = new Thread(Run) { IsBackground = true, Name = "memory sampler" };
            _thread.Start();
        }

        public long MaxWorkingSet { get; private set; }

        public long MaxHeapAfterGc { get; private set; }

        public long MaxTotalMemory { get; private set; }

        public int Samples { get; private set; }

        public void Stop()
        {
            if (!_stop)
            {
                _stop = true;
                _thread.Join();
                Sample();
            }
        }

        public void Dispose() => Stop();

        private void Run()
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(5);
            }
        }

        private void Sample()
        {
            MaxWorkingSet = Math.Max(MaxWorkingSet, Environment.WorkingSet);
            MaxHeapAfterGc = Math.Max(MaxHeapAfterGc, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
            MaxTotalMemory = Math.Max(MaxTotalMemory, GC.GetTotalMemory(forceFullCollection: false));
            Samples++;
        }
    }
}
