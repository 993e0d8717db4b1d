using BenchmarkDotNet.Attributes;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Benchmarks.Employees;

/// <summary>
/// Issue 4 targets: importing 100,000 employees (parse, validate, encrypt My Numbers, upsert) in at most 3 s for
/// UTF-8 and Shift_JIS, and exporting them. Each import goes into a fresh tenant, so every run inserts 100,000 rows.
/// Run: <c>dotnet run -c Release --project benchmarks/Benchmarks -- --filter *EmployeeImportBenchmarks*</c>.
/// </summary>
[InProcess]
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class EmployeeImportBenchmarks
{
    public const int Rows = 100_000;

    private EmployeeBenchmarkHost _host = null!;
    private byte[] _utf8 = null!;
    private byte[] _shiftJis = null!;
    private TenantId _tenant;
    private TenantId _filled;

    [GlobalSetup]
    public void Setup()
    {
        _host = new EmployeeBenchmarkHost();
        _utf8 = EmployeeBenchmarkHost.EmployeeFile(Rows, shiftJis: false);
        _shiftJis = EmployeeBenchmarkHost.EmployeeFile(Rows, shiftJis: true);
        _filled = _host.NewTenantAsync().GetAwaiter().GetResult();
        Import(_utf8, _filled);
    }

    [IterationSetup(Targets = [nameof(ImportUtf8), nameof(ImportShiftJis)])]
    public void NewTenant() => _tenant = _host.NewTenantAsync().GetAwaiter().GetResult();

    [Benchmark]
    public EmployeeImportResult ImportUtf8() => Import(_utf8, _tenant);

    [Benchmark]
    public EmployeeImportResult ImportShiftJis() => Import(_shiftJis, _tenant);

    /// <summary>The same file again into the filled tenant: every row read, compared and found unchanged.</summary>
    [Benchmark]
    public EmployeeImportResult ReimportUnchanged() => Import(_utf8, _filled);

    [Benchmark]
    public long ExportUtf8() => Export(CsvTextEncoding.Utf8WithBom);

    [Benchmark]
    public long ExportShiftJis() => Export(CsvTextEncoding.ShiftJis);

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    private EmployeeImportResult Import(byte[] file, TenantId tenant)
    {
        var result = _host.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(new MemoryStream(file)), tenant).GetAwaiter().GetResult();
        return result.Applied ? result : throw new InvalidOperationException("Import failed: " + string.Join(" / ", result.Errors.Take(5)));
    }

    private long Export(CsvTextEncoding encoding)
    {
        var sink = new CountingStream();
        var result = _host.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(sink, encoding), _filled).GetAwaiter().GetResult();
        return result.RowCount == Rows ? sink.Length : throw new InvalidOperationException("Export incomplete.");
    }
}
