using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations.OpenTaxYear;
using YearEndAdjustment.Benchmarks.Employees;
using YearEndAdjustment.Benchmarks.Results;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Benchmarks.Declarations;

/// <summary>
/// Issue 11 item 2's target, measured once in a fresh process:
/// <c>dotnet run -c Release --project benchmarks/Benchmarks -- open-year [employees]</c> (default 100,000).
/// Seeds one tenant through the bulk writer with that many employees (one of them left before the opening, every
/// twentieth linked to an account with an address, so 5% get the opening mail through the outbox), then opens tax year
/// 2026 for everyone through the real use case and runs its job once through the real job runner, sampling the working
/// set every 5 ms; growth is the peak minus the value before.
/// </summary>
public static class OpenYearHarness
{
    public const string Command = "open-year";

    private static readonly DateOnly LastDeadline = new(2027, 1, 31);

    public static async Task RunAsync(string[] args)
    {
        var (host, tenant) = await ResultsRunHarness.SeededHostAsync(args, SeedAsync, "employees");
        using var disposeHost = host;

        var admin = await host.AdminAccountAsync(tenant);

        // The use case refuses a deadline in the past; a week ahead, within what tax year 2026 allows.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var deadline = today.AddDays(7) < LastDeadline ? today.AddDays(7) : LastDeadline;
        var open = await ResultsRunHarness.MeasureAsync(async () =>
        {
            var queued = await host.SendAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2026, deadline, true, [], []), tenant, admin);
            await host.Services.GetRequiredService<BackgroundJobRunner>().RunNextAsync(CancellationToken.None);
            return await OutcomeAsync(host, tenant, queued.JobId);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open-year: {open.Seconds:F2} s (CPU {open.CpuSeconds:F1} s), working-set growth {open.GrowthMb:F0} MB, {open.Result}"));
    }

    private static async Task<string> OutcomeAsync(EmployeeBenchmarkHost host, TenantId tenant, Guid jobId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "bench", "bench");
        var job = await scope.ServiceProvider.GetRequiredService<AppDbContext>().BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
        if (job.State != BackgroundJobState.Succeeded)
        {
            throw new InvalidOperationException($"The opening job ended {job.State}.");
        }

        var summary = OpenTaxYearSummary.TryParse(job.Result)!;
        return $"created={summary.Created} existing={summary.Existing} notified={summary.Notified} mailFailed={summary.MailFailed}";
    }

    private static Task SeedAsync(EmployeeBenchmarkHost host, TenantId tenant, int size)
    {
        var now = DateTime.UtcNow;
        return ResultsRunHarness.SeedInChunksAsync(host, tenant, size, (i, changes) =>
        {
            var left = i == 1 ? new DateOnly(2026, 6, 30) : (DateOnly?)null;
            var employee = Employee.Register(tenant, EmployeeNumber.Create($"O{i:D7}"), EmployeeProfile.Create(
                $"社員 {i}", "シャイン", new DateOnly(1980, 1, 1), Gender.Female, null, null, new DateOnly(2010, 4, 1), left, $"D{i % 20}", null, null), now);
            changes.Insert(employee);
            if (i % 20 == 4)
            {
                var account = Account.Register(tenant, LoginId.Create($"o{i:D7}"), $"社員 {i}", $"o{i}@bench.example", AccountRole.General, Permission.None, [], now);
                account.LinkEmployee(employee.Id);
                changes.Insert(account);
            }
        });
    }
}
