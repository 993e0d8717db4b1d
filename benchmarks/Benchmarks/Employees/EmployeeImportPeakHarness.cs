using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ImportEmployees;

namespace YearEndAdjustment.Benchmarks.Employees;

/// <summary>
/// Peak working set of one 100,000-row import (and an export) in a fresh process, which BenchmarkDotNet cannot report:
/// <c>dotnet run -c Release --project benchmarks/Benchmarks -- employees-peak utf8|sjis</c>.
/// </summary>
public static class EmployeeImportPeakHarness
{
    public const string Command = "employees-peak";

    public static async Task RunAsync(string[] args)
    {
        var shiftJis = args.Length > 1 && args[1] == "sjis";
        using var host = new EmployeeBenchmarkHost();
        var tenant = await host.NewTenantAsync();
        var file = EmployeeBenchmarkHost.EmployeeFile(EmployeeImportBenchmarks.Rows, shiftJis);
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        if (args.Contains("--bulk"))
        {
            var profile = YearEndAdjustment.Domain.Employees.EmployeeProfile.Create("山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1),
                YearEndAdjustment.Domain.Employees.Gender.Male, "100-0001", "東京都千代田区", new DateOnly(2000, 4, 1), null, "D01", "総務部", "a@example.jp");
            var changes = new YearEndAdjustment.Application.Abstractions.BulkChangeSet();
            for (var i = 0; i < 100_000; i++)
            {
                changes.Insert(YearEndAdjustment.Domain.Employees.Employee.Register(tenant, YearEndAdjustment.Domain.Employees.EmployeeNumber.Create($"B{i:D7}"), profile, DateTime.UtcNow));
            }

            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<YearEndAdjustment.Infrastructure.Tenancy.TenantContext>().Enter(tenant, "b", "b");
            var bulkWatch = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<YearEndAdjustment.Application.Abstractions.IBulkWriter>().ApplyAsync(changes);
            Console.WriteLine($"bulk_ms={bulkWatch.Elapsed.TotalMilliseconds:F0}");
            return;
        }

        if (args.Contains("--preview"))
        {
            var previewWatch = Stopwatch.StartNew();
            var preview = await host.SendAsync<YearEndAdjustment.Application.Employees.PreviewEmployeeImport.EmployeeImportPreview>(
                new YearEndAdjustment.Application.Employees.PreviewEmployeeImport.PreviewEmployeeImportQuery(new MemoryStream(file)), tenant);
            Console.WriteLine($"preview_ms={previewWatch.Elapsed.TotalMilliseconds:F0} added={preview.Added}");
        }


        var watch = Stopwatch.StartNew();
        var result = await host.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(new MemoryStream(file)), tenant);
        var importMs = watch.Elapsed.TotalMilliseconds;
        var afterImport = Process.GetCurrentProcess().PeakWorkingSet64;

        watch.Restart();
        var export = await host.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(new CountingStream(), shiftJis ? CsvTextEncoding.ShiftJis : CsvTextEncoding.Utf8WithBom), tenant);
        var exportMs = watch.Elapsed.TotalMilliseconds;

        Console.WriteLine($"encoding={(shiftJis ? "Shift_JIS" : "UTF-8")} bytes={file.Length} applied={result.Applied} added={result.Added} "
            + $"import_ms={importMs:F0} export_rows={export.RowCount} export_ms={exportMs:F0} "
            + $"peak_ws_before_mb={before / 1048576.0:F0} peak_ws_after_import_mb={afterImport / 1048576.0:F0} "
            + $"peak_ws_end_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0}");
    }
}
