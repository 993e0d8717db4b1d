using BenchmarkDotNet.Attributes;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportTenantData;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.ImportPayrollTotals;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Benchmarks.Employees;

/// <summary>
/// R-04 target: the full tenant export (ZIP of one CSV per kind plus a manifest with counts and SHA-256) of 100,000
/// employees in at most 2 s, UTF-8 and Shift_JIS. The tenant is seeded through the real use cases: 100,000 employees
/// imported from the generated file, and their payroll totals for one year (100,000 rows). The archive goes to a
/// counting sink. Run: <c>dotnet run -c Release --project benchmarks/Benchmarks -- --filter *TenantExport*</c>.
/// </summary>
[InProcess]
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1)]
public class TenantExportBenchmarks
{
    public const int Rows = 100_000;

    public const int PayrollYear = 2025;

    private EmployeeBenchmarkHost _host = null!;
    private TenantId _tenant;

    [GlobalSetup]
    public void Setup()
    {
        _host = new EmployeeBenchmarkHost();
        _tenant = SeedTenantAsync(_host, Rows).GetAwaiter().GetResult();
    }

    [Benchmark]
    public long ExportUtf8() => Export(CsvTextEncoding.Utf8WithBom);

    [Benchmark]
    public long ExportShiftJis() => Export(CsvTextEncoding.ShiftJis);

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    /// <summary>A new tenant with <paramref name="employees"/> employees and one year of payroll totals for each, imported from files on disk.</summary>
    public static async Task<TenantId> SeedTenantAsync(EmployeeBenchmarkHost host, int employees)
    {
        var tenant = await host.NewTenantAsync();
        var employeeFile = Path.Combine(Path.GetTempPath(), $"yea-export-employees-{Guid.NewGuid():N}.csv");
        var payrollFile = Path.Combine(Path.GetTempPath(), $"yea-export-payroll-{Guid.NewGuid():N}.csv");
        try
        {
            EmployeeBenchmarkHost.WriteEmployeeFile(employeeFile, employees, shiftJis: false);
            await using (var upload = File.OpenRead(employeeFile))
            {
                var imported = await host.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(upload), tenant);
                if (imported is not { Applied: true } || imported.Added != employees)
                {
                    throw new InvalidOperationException("Employee import failed: " + string.Join(" / ", imported.Errors.Take(5)));
                }
            }

            EmployeeBenchmarkHost.WritePayrollFile(payrollFile, employees);
            await using (var upload = File.OpenRead(payrollFile))
            {
                var payroll = await host.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(upload, PayrollYear), tenant);
                if (payroll is not { Applied: true } || payroll.Added != employees)
                {
                    throw new InvalidOperationException("Payroll import failed: " + string.Join(" / ", payroll.Errors.Take(5)));
                }
            }
        }
        finally
        {
            File.Delete(employeeFile);
            File.Delete(payrollFile);
        }

        return tenant;
    }

    /// <summary>Checks what an export must contain (every employee and payroll row counted in the manifest).</summary>
    public static void Check(TenantExportResult result, int employees)
    {
        var rows = result.Files.ToDictionary(f => f.Name, f => f.Rows);
        if (!result.Written || rows["employees.csv"] != employees || rows["payroll-totals.csv"] != employees)
        {
            throw new InvalidOperationException("Export incomplete: " + string.Join(", ", result.Files.Select(f => $"{f.Name}={f.Rows}")));
        }
    }

    private long Export(CsvTextEncoding encoding)
    {
        var sink = new CountingStream();
        var result = _host.SendAsync<TenantExportResult>(new ExportTenantDataCommand(sink, encoding), _tenant).GetAwaiter().GetResult();
        Check(result, Rows);
        return sink.Length;
    }
}
