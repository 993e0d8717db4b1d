using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportYearEndResults;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Benchmarks.Employees;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Benchmarks.Results;

/// <summary>
/// Issue 12 targets, measured once each in a fresh process (a run takes seconds, so BenchmarkDotNet's repetitions
/// would cost minutes of a shared machine):
/// <c>dotnet run -c Release --project benchmarks/Benchmarks -- results-run [employees]</c> (default 100,000).
/// Seeds one tenant with that many employees, 2025 payroll totals and approved declarations (life insurance, a
/// spouse for every third, a child for every fourth), then times the calculation run's body (the job's batches:
/// read, compute with trace, bulk write) and the results CSV into a temporary file, sampling the working set every
/// 5 ms; growth is the peak minus the value before.
/// </summary>
public static class ResultsRunHarness
{
    public const string Command = "results-run";

    public static async Task RunAsync(string[] args)
    {
        var (host, tenant) = await SeededHostAsync(args, SeedAsync, "approved declarations");
        using var disposeHost = host;

        // The first run includes JIT; it is the one the target is about (a run starts cold after a deploy, too).
        var run = await MeasureAsync(() => RunAsync(host, tenant));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run: {run.Seconds:F2} s (CPU {run.CpuSeconds:F1} s), working-set growth {run.GrowthMb:F0} MB, {run.Result}"));
        var rerun = await MeasureAsync(() => RunAsync(host, tenant));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"re-run (nothing changed): {rerun.Seconds:F2} s (CPU {rerun.CpuSeconds:F1} s), working-set growth {rerun.GrowthMb:F0} MB, {rerun.Result}"));
        var export = await MeasureAsync(async () =>
        {
            var path = Path.GetTempFileName();
            try
            {
                await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920);
                var result = await host.SendAsync<ResultsExportResult>(new ExportResultsCommand(2025, file), tenant);
                return $"rows={result.RowCount} bytes={file.Length}";
            }
            finally
            {
                File.Delete(path);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"results CSV: {export.Seconds:F2} s (CPU {export.CpuSeconds:F1} s), working-set growth {export.GrowthMb:F0} MB, {export.Result}"));
    }

    /// <summary>A fresh host with one tenant seeded by <paramref name="seed"/> with args[1] rows (default 100,000), the seeding timed.</summary>
    internal static async Task<(EmployeeBenchmarkHost Host, TenantId Tenant)> SeededHostAsync(
        string[] args, Func<EmployeeBenchmarkHost, TenantId, int, Task> seed, string what)
    {
        var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var host = new EmployeeBenchmarkHost();
        var tenant = await host.NewTenantAsync();
        var watch = Stopwatch.StartNew();
        await seed(host, tenant, size);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {size} {what} in {watch.Elapsed.TotalSeconds:F1} s"));
        return (host, tenant);
    }

    /// <summary>Exactly what <see cref="RunCalculationJob"/> does after its rights check, inside one tenant scope.</summary>
    internal static async Task<string> RunAsync(EmployeeBenchmarkHost host, TenantId tenant)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "bench", "bench");
        var user = new AllRights();
        var calculator = scope.ServiceProvider.GetRequiredService<ResultCalculator>();
        var ids = await calculator.ScopeAsync(2025, user, CancellationToken.None);
        var summary = new RunCalculationSummary();
        await calculator.RunAllAsync(tenant, 2025, ids, Guid.NewGuid(), summary, progress: null, CancellationToken.None);

        return $"declarations={summary.Declarations} calculated={summary.Calculated} unchanged={summary.Unchanged}";
    }

    internal static Task SeedAsync(EmployeeBenchmarkHost host, TenantId tenant, int size)
    {
        var now = DateTime.UtcNow;
        return SeedInChunksAsync(host, tenant, size, (i, changes) =>
        {
            var employee = Employee.Register(tenant, EmployeeNumber.Create($"R{i:D7}"), EmployeeProfile.Create(
                $"社員 {i}", "シャイン", new DateOnly(1980, 1, 1), Gender.Female, null, null, new DateOnly(2010, 4, 1), null, $"D{i % 20}", null, null), now);
            changes.Insert(employee);
            var salary = 3_000_000 + (i % 50) * 150_000;
            changes.Insert(PayrollTotal.Record(tenant, employee.Id, new TaxYear(2025),
                new PayrollAmounts(new Yen(salary), new Yen(600_000), new Yen(salary / 25), new Yen(salary / 7), new Yen(0), new Yen(0), new Yen(0)), now));
            var declaration = Declaration.Create(tenant, employee.Id, new TaxYear(2025), null, now);
            declaration.SaveForms(Forms(i), null, now);
            declaration.Submit(employee.Id, now);
            declaration.Approve(now);
            changes.Insert(declaration);
        });
    }

    /// <summary>Rows 0 … size − 1 from <paramref name="add"/>, written through the bulk writer in chunks of 10,000 (one transaction each).</summary>
    internal static async Task SeedInChunksAsync(EmployeeBenchmarkHost host, TenantId tenant, int size, Action<int, BulkChangeSet> add)
    {
        const int chunk = 10_000;
        for (var start = 0; start < size; start += chunk)
        {
            var changes = new BulkChangeSet();
            for (var i = start; i < Math.Min(size, start + chunk); i++)
            {
                add(i, changes);
            }

            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "bench", "bench");
            await scope.ServiceProvider.GetRequiredService<IBulkWriter>().ApplyAsync(changes);
        }
    }

    /// <summary>
    /// Forms that differ per employee as a real tenant's do (ADR 0057's memo must not flatter the run): every second
    /// employee declares a spouse with an income estimate, every third a child under 16, each person by their own name
    /// and entry id; every life-insurance line has its own id and one of ten premiums.
    /// </summary>
    private static DeclarationForms Forms(int i)
    {
        var life = new LifeInsuranceLine(Guid.NewGuid(), "ひまわり生命", "終身", LifeInsuranceCategory.General, InsuranceRegime.New, null, "本人", "本人", null, 40_000 + (i % 10) * 10_000, new CertificateEvidence([], true));
        var spouse = i % 2 == 0
            ? Person($"配偶者 {i}", "ハイグウシャ", DeclaredRelationship.Spouse, new DateOnly(1982, 1 + i % 12, 1 + i % 28), (i % 8) * 200_000)
            : null;
        DeclaredPerson[] young = i % 3 == 0 ? [Person($"子 {i}", "コ", DeclaredRelationship.Child, new DateOnly(2015, 1 + i % 12, 1 + i % 28), 0)] : [];
        return DeclarationForms.Empty with
        {
            Dependants = DependantsForm.Empty with { Spouse = spouse, YoungRelatives = young },
            Basic = spouse is null ? BasicDeductionForm.Empty : BasicDeductionForm.Empty with { SpouseIncome = new SpouseIncomeEstimate((i % 8) * 250_000, 0) },
            Insurance = InsuranceForm.Empty with { Life = [life] },
        };
    }

    private static DeclaredPerson Person(string name, string kana, DeclaredRelationship relationship, DateOnly birthDate, long income) =>
        new(Guid.NewGuid(), null, name, kana, relationship, birthDate, null, null, income, DisabilityLevel.None, true, false, null, 0, false, null, null);

    /// <summary>
    /// Wall time, working-set growth and the process's CPU time (user + system, all threads): on a shared machine the
    /// CPU time moves far less with other work than the wall time does (ADR 0053, 0055).
    /// </summary>
    internal static async Task<(double Seconds, double GrowthMb, string Result, double CpuSeconds)> MeasureAsync(Func<Task<string>> action)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var before = Environment.WorkingSet;
        long peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(5);
            }
        });
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        return (watch.Elapsed.TotalSeconds, (peak - before) / 1048576.0, result, cpuUsed);
    }

    private sealed class AllRights : ICurrentUser
    {
        public Domain.SharedKernel.AccountId? AccountId => null;

        public Guid? SessionId => null;

        public Domain.Accounts.AccountRole? Role => Domain.Accounts.AccountRole.Admin;

        public Domain.Accounts.Permission Permissions => Domain.Accounts.Permission.All;

        public IReadOnlyList<string> Departments => [];
    }
}
