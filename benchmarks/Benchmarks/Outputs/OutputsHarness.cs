using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;
using YearEndAdjustment.Application.Outputs.PrepareSlipArchive;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Benchmarks.Employees;
using YearEndAdjustment.Benchmarks.Results;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Benchmarks.Outputs;

/// <summary>
/// Issue 15 targets end to end, once each in a fresh process (ADR 0047):
/// <c>dotnet run -c Release --project benchmarks/Benchmarks -- outputs [zip-employees] [csv-employees]</c> (defaults
/// 10,000 and 10,000). Each size gets its own tenant, seeded like <see cref="ResultsRunHarness"/> and calculated; then
/// the ZIP job's body (every employee copy from the stored results into one ZIP, parts into the database) and the
/// 統一CSV command into a temporary file. Working-set growth is the 5 ms-sampled peak minus the value before.
/// A size of 0 skips that output (<c>outputs 0 100000</c>: the 統一CSV only). With <c>YEA_BENCH_KEEP=dir</c> the
/// database stays in <c>dir</c>, and a trailing <c>reuse</c> takes a tenant of that size already seeded and calculated
/// there instead of seeding again (a measuring loop of a minute rather than three).
/// </summary>
public static class OutputsHarness
{
    public const string Command = "outputs";

    public static async Task RunAsync(string[] args)
    {
        var zipSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var csvSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
        var reuse = args.Length > 3 && args[3] == "reuse";
        using var host = Environment.GetEnvironmentVariable("YEA_BENCH_KEEP") is { Length: > 0 } keep ? new EmployeeBenchmarkHost(keep, keep: true) : new EmployeeBenchmarkHost();

        if (zipSize > 0)
        {
            var tenant = await SeededTenantAsync(host, zipSize);
            var zip = await ResultsRunHarness.MeasureAsync(() => ArchiveAsync(host, tenant));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ZIP of {zipSize} slips: {zip.Seconds:F1} s ({zip.Seconds * 1000 / zipSize:F1} ms per slip), working-set growth {zip.GrowthMb:F0} MB, {zip.Result}"));
        }

        if (csvSize > 0)
        {
            var tenant = (reuse ? await SeededEarlierAsync(host, csvSize) : null) ?? await SeededTenantAsync(host, csvSize);
            Console.WriteLine(await StepsAsync(host, tenant));
            var csv = await ResultsRunHarness.MeasureAsync(() => UnifiedCsvAsync(host, tenant));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"統一CSV of {csvSize} employees: {csv.Seconds:F1} s, working-set growth {csv.GrowthMb:F0} MB, {csv.Result}"));
        }
    }

    private static async Task<TenantId> SeededTenantAsync(EmployeeBenchmarkHost host, int size)
    {
        var tenant = await host.NewTenantAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await ResultsRunHarness.SeedAsync(host, tenant, size);
        var seeded = watch.Elapsed.TotalSeconds;
        var run = await ResultsRunHarness.RunAsync(host, tenant);

        // Planner statistics, as the first maintenance window would have them (ADR 0049's database-statistics job).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await new DatabaseStatisticsJob().RunAsync(scope.ServiceProvider, DateTime.UtcNow, CancellationToken.None);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {size} in {seeded:F1} s; {run} after {watch.Elapsed.TotalSeconds:F1} s"));
        return tenant;
    }

    /// <summary>A tenant of the kept database with exactly <paramref name="size"/> results of 2025, if any.</summary>
    private static async Task<TenantId?> SeededEarlierAsync(EmployeeBenchmarkHost host, int size)
    {
        List<TenantId> tenants;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.Select(t => t.Id).ToListAsync();
        }

        foreach (var tenant in tenants)
        {
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "bench", "bench");
            if (await scope.ServiceProvider.GetRequiredService<AppDbContext>().YearEndResults.CountAsync() == size)
            {
                Console.WriteLine($"reusing the tenant seeded earlier with {size} results");
                return tenant;
            }
        }

        return null;
    }

    /// <summary>The job's body as the runner calls it, in one tenant scope, for an admin without department limits.</summary>
    private static async Task<string> ArchiveAsync(EmployeeBenchmarkHost host, TenantId tenant)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "bench", "bench");
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var requester = new AccountId(Guid.NewGuid());
        var job = BackgroundJob.Enqueue(tenant, SlipArchivePayload.Kind, new SlipArchivePayload(2025).ToJson(), requester, null, DateTime.UtcNow);
        db.BackgroundJobs.Add(job);
        await db.SaveChangesAsync();
        var handler = new SlipArchiveJob(db, new Admin(requester), sp.GetRequiredService<YearSlipReader>(),
            sp.GetRequiredService<Application.Outputs.Contracts.IWithholdingSlipPdfRenderer>(), sp.GetRequiredService<IJobFileStore>());
        var sample = await sp.GetRequiredService<SlipLoader>().LoadAsync(
            await db.YearEndResults.Select(r => r.EmployeeId).FirstAsync(), 2025, publishedOnly: false, CancellationToken.None);
        using (var pdf = new MemoryStream())
        {
            sp.GetRequiredService<Application.Outputs.Contracts.IWithholdingSlipPdfRenderer>().RenderEmployeeCopy(sample.Slip, pdf);
            using var deflated = new MemoryStream();
            using (var deflate = new System.IO.Compression.DeflateStream(deflated, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                deflate.Write(pdf.ToArray());
            }

            Console.WriteLine($"one slip: {pdf.Length} bytes, deflated (fastest) {deflated.Length} bytes");
        }

        var result = await handler.RunAsync(new BackgroundJobContext(job.Id, job.Payload, 1, new Progress<BackgroundJobProgress>()), CancellationToken.None);
        var parts = await db.Set<Infrastructure.Jobs.Files.JobFilePart>().CountAsync(p => p.JobId == job.Id);
        return $"{result}, {parts} parts";
    }

    /// <summary>Where the 統一CSV's time goes: the staleness check, the count, and reading and composing the slips alone.</summary>
    private static async Task<string> StepsAsync(EmployeeBenchmarkHost host, TenantId tenant)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "bench", "bench");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reader = scope.ServiceProvider.GetRequiredService<YearSlipReader>();
        var user = new Admin(new AccountId(Guid.NewGuid()));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await OutputScope.RequireCurrentAsync(db, user, 2025, CancellationToken.None);
        var stale = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var count = await reader.CountAsync(user, 2025, CancellationToken.None);
        var counted = watch.Elapsed.TotalSeconds;

        // What the 統一CSV runs before its audit entry since ADR 0054: the staleness check and an index-only count.
        watch.Restart();
        await OutputScope.RequireCurrentAndCountAsync(db, user, 2025, CancellationToken.None);
        var checkedAndCounted = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var slips = 0;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        await foreach (var batch in reader.BatchesAsync(user, 2025, readAhead: false, CancellationToken.None))
        {
            slips += batch.Count;
        }

        var read = watch.Elapsed.TotalSeconds;
        var readCpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        // The file without My Numbers: the next batch is read while this one is written (ADR 0052).
        watch.Restart();
        var writer = scope.ServiceProvider.GetRequiredService<Application.Outputs.Contracts.IUnifiedCsvWriter>();
        var header = new Application.Outputs.Contracts.UnifiedCsvHeader(new Domain.Outputs.SlipPayer("bench", null, null, null), 2025, null, null, null);
        var written = await writer.WriteAsync(header, EntriesAsync(reader.BatchesAsync(user, 2025, readAhead: true, CancellationToken.None)), Stream.Null, CancellationToken.None);
        return string.Create(CultureInfo.InvariantCulture,
            $"steps: staleness check {stale:F2} s, count by joins {counted:F2} s ({count}), staleness check and index count {checkedAndCounted:F2} s, read and compose {slips} slips {read:F2} s (cpu {readCpu:F2} s), read ahead and write {written.Records} records {watch.Elapsed.TotalSeconds:F2} s");
    }

    private static async IAsyncEnumerable<Application.Outputs.Contracts.UnifiedCsvEntry> EntriesAsync(IAsyncEnumerable<IReadOnlyList<LoadedSlip>> batches)
    {
        await foreach (var batch in batches)
        {
            foreach (var slip in batch)
            {
                yield return new Application.Outputs.Contracts.UnifiedCsvEntry(slip.Slip, slip.Employee.MunicipalityCode ?? string.Empty, null, slip.Employee.IsOfficer, null);
            }
        }
    }

    private static async Task<string> UnifiedCsvAsync(EmployeeBenchmarkHost host, TenantId tenant)
    {
        var path = Path.GetTempFileName();
        try
        {
            await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920);

            // CPU time of the process next to the wall time: on a shared machine the wall time follows the load, the
            // CPU time much less; CPU above wall is the two cores overlapping.
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var result = await host.SendAsync<UnifiedCsvExportResult>(new ExportUnifiedCsvCommand(2025, file), tenant);
            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            return string.Create(CultureInfo.InvariantCulture, $"records={result.Summary.Records} bytes={file.Length} cpu={cpu.TotalSeconds:F1} s");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class Admin(AccountId account) : ICurrentUser
    {
        public AccountId? AccountId => account;

        public Guid? SessionId => null;

        public Domain.Accounts.AccountRole? Role => Domain.Accounts.AccountRole.Admin;

        public Domain.Accounts.Permission Permissions => Domain.Accounts.Permission.All;

        public IReadOnlyList<string> Departments => [];
    }
}
