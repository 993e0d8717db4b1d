using System.Diagnostics;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ImportEmployees;

namespace YearEndAdjustment.Benchmarks.Employees;

/// <summary>
/// Wall time and peak working set of 100,000-row imports and exports in a fresh process, which BenchmarkDotNet does not
/// report: <c>dotnet run -c Release --project benchmarks/Benchmarks -- employees-peak utf8|sjis</c>. The file is
/// written to disk first and uploaded as a file stream, as the web host would hand it over. The first import runs
/// cold (JIT), the second, into another tenant, warm.
/// </summary>
public static class EmployeeImportPeakHarness
{
    public const string Command = "employees-peak";

    public static async Task RunAsync(string[] args)
    {
        var shiftJis = args.Length > 1 && args[1] == "sjis";
        var path = Path.Combine(Path.GetTempPath(), $"yea-peak-{Guid.NewGuid():N}.csv");
        EmployeeBenchmarkHost.WriteEmployeeFile(path, EmployeeImportBenchmarks.Rows, shiftJis);
        try
        {
            using var host = new EmployeeBenchmarkHost();
            var cold = await host.NewTenantAsync();
            var warm = await host.NewTenantAsync();
            GC.Collect();
            var baseline = Process.GetCurrentProcess().WorkingSet64;

            var coldMs = await ImportAsync(host, path, cold);
            var peakAfterCold = Process.GetCurrentProcess().PeakWorkingSet64;
            var warmMs = await ImportAsync(host, path, warm);
            var peakAfterWarm = Process.GetCurrentProcess().PeakWorkingSet64;
            var watch = Stopwatch.StartNew();
            var export = await host.SendAsync<EmployeeExportResult>(
                new ExportEmployeesCommand(new CountingStream(), shiftJis ? CsvTextEncoding.ShiftJis : CsvTextEncoding.Utf8WithBom), warm);
            var exportMs = watch.Elapsed.TotalMilliseconds;

            var provider = string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EmployeeBenchmarkHost.PostgresVariable)) ? "Sqlite" : "PostgreSql";
            Console.WriteLine($"provider={provider} encoding={(shiftJis ? "Shift_JIS" : "UTF-8")} bytes={new FileInfo(path).Length} "
                + $"import_cold_ms={coldMs:F0} import_warm_ms={warmMs:F0} export_rows={export.RowCount} export_ms={exportMs:F0} "
                + $"ws_after_startup_mb={baseline / 1048576.0:F0} peak_after_cold_import_mb={peakAfterCold / 1048576.0:F0} "
                + $"peak_after_warm_import_mb={peakAfterWarm / 1048576.0:F0} peak_ws_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<double> ImportAsync(EmployeeBenchmarkHost host, string path, YearEndAdjustment.Domain.SharedKernel.TenantId tenant)
    {
        var watch = Stopwatch.StartNew();
        await using var upload = File.OpenRead(path);
        var result = await host.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(upload), tenant);
        return result is { Applied: true, Added: EmployeeImportBenchmarks.Rows }
            ? watch.Elapsed.TotalMilliseconds
            : throw new InvalidOperationException("Import failed: " + string.Join(" / ", result.Errors.Take(5)));
    }
}
