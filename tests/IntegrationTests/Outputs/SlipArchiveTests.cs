using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.DownloadSlipArchive;
using YearEndAdjustment.Application.Outputs.PrepareSlipArchive;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Results;

namespace YearEndAdjustment.IntegrationTests.Outputs;

/// <summary>The year's ZIP of employee copies as a background job (issue 15, ADR 0047), through the real pipeline and SQLite.</summary>
public sealed class SlipArchiveTests
{
    [Fact]
    public async Task Archive_HasEveryEmployeeCopy_IncludingTheLeaverWithoutAdjustment_AndIsAuditedAndOnlyForTheRequester()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("zip-all");
        var seeded = await factory.SeedAsync(tenant, 4, [2025]);
        var leaver = seeded.Approved[1];
        await LeaveAsync(factory, tenant, leaver, new DateOnly(2025, 6, 30));
        await RunAsync(factory, tenant, admin);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, admin, Permission.RunCalculations));
        var jobId = await factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, admin);
        var running = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, admin));
        Assert.Equal("slips.archive_running", running.Code);
        var early = await Assert.ThrowsAsync<DomainRuleViolationException>(() => DownloadAsync(factory, tenant, admin, jobId));
        Assert.Equal("slips.archive_not_ready", early.Code);

        Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));
        var job = await factory.LoadJobAsync(tenant, jobId);
        Assert.Equal(BackgroundJobState.Succeeded, job.State);
        Assert.Equal(seeded.Approved.Count, SlipArchiveSummary.TryParse(job.Result)!.Slips);

        var zip = await DownloadAsync(factory, tenant, admin, jobId);
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(["2025_E00000.pdf", "2025_E00001.pdf", "2025_E00002.pdf", "2025_E00003.pdf"], archive.Entries.Select(e => e.FullName).ToArray());
        var results = await factory.ResultsAsync(tenant);
        foreach (var entry in archive.Entries)
        {
            var text = SlipDownloadTests.Text(new SlipFile(await ReadAsync(entry), false));
            Assert.Contains("受給者交付用", text);
        }

        // The leaver: not adjusted, the slip shows what was paid and withheld.
        var left = results.Single(r => r.EmployeeId == leaver);
        Assert.Equal(NotAdjustedReason.LeftDuringYear, left.NotAdjustedReason);
        var leaverText = SlipDownloadTests.Digits(SlipDownloadTests.Text(new SlipFile(await ReadAsync(archive.GetEntry("2025_E00001.pdf")!), false)));
        Assert.Contains(left.SalaryTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), leaverText);
        Assert.Contains(left.WithheldTaxTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), leaverText);

        // Only the requester, and only with ExportData now.
        var other = await factory.AccountAsync(tenant, "other", AccountRole.Admin, Permission.All, []);
        await Assert.ThrowsAsync<NotFoundException>(() => DownloadAsync(factory, tenant, other, jobId));
        await Assert.ThrowsAsync<ForbiddenException>(() => DownloadAsync(factory, tenant, admin, jobId, Permission.RunCalculations));

        var audit = await factory.AuditAsync(tenant);
        Assert.Single(audit, a => a.Action == AuditAction.SlipArchiveRequested);
        Assert.Single(audit, a => a.Action == AuditAction.SlipArchiveDownloaded && a.Detail == "year=2025 slips=4");
    }

    [Fact]
    public async Task LimitedAdmin_GetsTheirDepartmentsOnly_AndANewArchiveReplacesTheOlder()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("zip-scope");
        var seeded = await factory.SeedAsync(tenant, 5, [2025]);
        await RunAsync(factory, tenant, admin);
        var limited = await factory.AccountAsync(tenant, "limited", AccountRole.LimitedAdmin, Permission.ExportData | Permission.RunCalculations, ["D1"]);

        var first = await factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, limited, Permission.ExportData, "D1");
        await factory.Runner().RunNextAsync(CancellationToken.None);
        using (var archive = new ZipArchive(new MemoryStream(await DownloadAsync(factory, tenant, limited, first, Permission.ExportData, "D1")), ZipArchiveMode.Read))
        {
            Assert.Equal(seeded.ApprovedD1.Count, archive.Entries.Count);
        }

        var second = await factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, limited, Permission.ExportData, "D1");
        await factory.Runner().RunNextAsync(CancellationToken.None);
        Assert.Equal(BackgroundJobState.Succeeded, (await factory.LoadJobAsync(tenant, second)).State);
        var replaced = await Assert.ThrowsAsync<DomainRuleViolationException>(() => DownloadAsync(factory, tenant, limited, first, Permission.ExportData, "D1"));
        Assert.Equal("slips.archive_replaced", replaced.Code);
        Assert.NotEmpty(await DownloadAsync(factory, tenant, limited, second, Permission.ExportData, "D1"));
    }

    [Fact]
    public async Task StaleResults_RefuseTheRequest_AndAChangeBeforeTheJobRunsFailsIt()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("zip-stale");
        var seeded = await factory.SeedAsync(tenant, 3, [2025]);

        var none = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, admin));
        Assert.Equal("results.not_found", none.Code);

        await RunAsync(factory, tenant, admin);
        var jobId = await factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, admin);
        await factory.ChangePayrollAsync(tenant, seeded.Approved[0], 2025);
        await factory.Runner().RunNextAsync(CancellationToken.None);
        var job = await factory.LoadJobAsync(tenant, jobId);
        Assert.Equal(BackgroundJobState.Failed, job.State);
        Assert.Equal("slips.stale", job.ErrorCode);

        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, admin));
        Assert.Equal("results.stale_export", stale.Code);
    }

    [Fact]
    public async Task ParallelRender_PutsEachEmployeesOwnSlipUnderTheirName_InNumberOrder()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("zip-parallel");
        var seeded = await factory.SeedAsync(tenant, 9, [2025]);
        await RunAsync(factory, tenant, admin);
        var jobId = await factory.SendAsAsync<Guid>(new PrepareSlipArchiveCommand(2025), tenant, admin);
        Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));

        using var archive = new ZipArchive(new MemoryStream(await DownloadAsync(factory, tenant, admin, jobId)), ZipArchiveMode.Read);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"2025_E{i:D5}.pdf"), archive.Entries.Select(e => e.FullName));

        // Each entry's text equals a slip of that employee rendered alone: a window of parallel renders never swaps two.
        await using var scope = factory.TenantScope(tenant);
        var loader = scope.ServiceProvider.GetRequiredService<SlipLoader>();
        var renderer = scope.ServiceProvider.GetRequiredService<Application.Outputs.Contracts.IWithholdingSlipPdfRenderer>();
        var results = await factory.ResultsAsync(tenant);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in seeded.Approved)
        {
            var slip = await loader.LoadAsync(id, 2025, publishedOnly: false, CancellationToken.None);
            using var alone = new MemoryStream();
            renderer.RenderEmployeeCopy(slip.Slip, alone);
            var entry = archive.GetEntry($"2025_{slip.Employee.Number.Value}.pdf")!;
            var text = SlipDownloadTests.Text(new SlipFile(await ReadAsync(entry), false));
            Assert.Equal(SlipDownloadTests.Text(new SlipFile(alone.ToArray(), false)), text);
            Assert.Contains(results.Single(r => r.EmployeeId == id).SalaryTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), SlipDownloadTests.Digits(text));
            distinct.Add(text);
        }

        Assert.Equal(seeded.Approved.Count, distinct.Count);
    }

    internal static async Task RunAsync(CalculationRunTests.Factory factory, TenantId tenant, AccountId admin)
    {
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);
    }

    internal static async Task LeaveAsync(CalculationRunTests.Factory factory, TenantId tenant, EmployeeId id, DateOnly leaveDate)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var employee = await db.Employees.SingleAsync(e => e.Id == id);
        var p = employee.Profile;
        employee.UpdateProfile(EmployeeProfile.Create(p.Name, p.NameKana, p.BirthDate, p.Gender, p.PostalCode, p.Address, p.HireDate, leaveDate, p.DepartmentCode, p.DepartmentName, p.Email), factory.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    private static async Task<byte[]> DownloadAsync(
        CalculationRunTests.Factory factory, TenantId tenant, AccountId account, Guid jobId, Permission permissions = Permission.All, string? departments = null)
    {
        using var output = new MemoryStream();
        await factory.SendAsAsync<int>(new DownloadSlipArchiveCommand(jobId, output), tenant, account, permissions, departments);
        return output.ToArray();
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry)
    {
        await using var stream = entry.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
