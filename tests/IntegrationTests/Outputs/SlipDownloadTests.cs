using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;
using YearEndAdjustment.Application.Outputs.GetMySlip;
using YearEndAdjustment.Application.Outputs.GetSlip;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Results.PublishResults;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Results;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Outputs;

/// <summary>Slips from stored results through the real pipeline and SQLite (issue 15, ADR 0042 "Wiring to stored results").</summary>
public sealed partial class SlipDownloadTests
{
    [Fact]
    public async Task Employee_GetsOwnPublishedSlip_WithTheirFigure_AndNoMyNumber_AndIsRefusedOtherwise()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("slip-mine");
        var seeded = await factory.SeedAsync(tenant, 4, [2025]);
        var me = seeded.Approved[0];
        var colleague = seeded.Approved[1];
        var myNumber = await SetMyNumberAsync(factory, tenant, me);

        // Not calculated yet, then calculated but unpublished: refused.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<SlipFile>(new GetMySlipQuery(2025), tenant, seeded.AccountOf[me].Value));
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);
        var unpublished = await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<SlipFile>(new GetMySlipQuery(2025), tenant, seeded.AccountOf[me].Value));
        Assert.Contains("2025", unpublished.Message);

        await factory.SendAsAsync<PublishResultsResult>(new PublishResultsCommand(2025, [me.Value]), tenant, admin);
        var slip = await factory.SendAsAccountAsync<SlipFile>(new GetMySlipQuery(2025), tenant, seeded.AccountOf[me].Value);
        var text = Text(slip);
        var stored = (await factory.ResultsAsync(tenant)).Single(r => r.EmployeeId == me);
        Assert.Contains("受給者交付用", text);
        Assert.Contains(stored.SalaryTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), Digits(text));
        Assert.DoesNotContain(myNumber, Digits(text));
        Assert.False(slip.HasMyNumbers);

        // The colleague's result is not published: their own request is refused, and there is no way to name mine.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<SlipFile>(new GetMySlipQuery(2025), tenant, seeded.AccountOf[colleague].Value));

        // A year without a result is refused; a payroll change after publication makes it stale: refused by key.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<SlipFile>(new GetMySlipQuery(2024), tenant, seeded.AccountOf[me].Value));
        await factory.ChangePayrollAsync(tenant, me, 2025);
        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAccountAsync<SlipFile>(new GetMySlipQuery(2025), tenant, seeded.AccountOf[me].Value));
        Assert.Equal("slips.stale", stale.Code);
    }

    [Fact]
    public async Task Admin_SlipIsScoped_AndTheTaxOfficeCopyCarriesMyNumbersOnlyWithThePermission_Audited()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("slip-admin");
        var seeded = await factory.SeedAsync(tenant, 4, [2025]);
        var d1 = seeded.ApprovedD1[0];
        var d2 = seeded.Approved.First(e => !seeded.ApprovedD1.Contains(e));
        var myNumber = await SetMyNumberAsync(factory, tenant, d1);
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        // Unpublished is fine for an admin; out of the limited admin's departments is not; no permission is not.
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<SlipFile>(
            new GetSlipQuery(2025, d2.Value, SlipCopy.Employee), tenant, admin, Permission.RunCalculations, "D1"));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<SlipFile>(
            new GetSlipQuery(2025, d1.Value, SlipCopy.Employee), tenant, admin, Permission.ExportData | Permission.ViewMyNumber));

        var reviewer = await factory.SendAsAsync<SlipFile>(new GetSlipQuery(2025, d1.Value, SlipCopy.TaxOffice), tenant, admin, Permission.ReviewDeclarations, "D1");
        Assert.False(reviewer.HasMyNumbers);
        Assert.Contains("税務署提出用", Text(reviewer));
        Assert.DoesNotContain(myNumber, Digits(Text(reviewer)));

        var officer = await factory.SendAsAsync<SlipFile>(new GetSlipQuery(2025, d1.Value, SlipCopy.TaxOffice), tenant, admin, Permission.RunCalculations | Permission.ViewMyNumber);
        Assert.True(officer.HasMyNumbers);
        Assert.Contains(myNumber, Digits(Text(officer)));

        var employeeCopy = await factory.SendAsAsync<SlipFile>(new GetSlipQuery(2025, d1.Value, SlipCopy.Employee), tenant, admin, Permission.All);
        Assert.False(employeeCopy.HasMyNumbers);
        Assert.DoesNotContain(myNumber, Digits(Text(employeeCopy)));

        var audit = (await factory.AuditAsync(tenant)).Where(a => a.Action is AuditAction.SlipDownloaded or AuditAction.SlipDownloadedWithMyNumbers).ToList();
        Assert.Equal(3, audit.Count);
        Assert.Single(audit, a => a.Action == AuditAction.SlipDownloadedWithMyNumbers);
        Assert.All(audit, a => Assert.DoesNotContain(myNumber, a.Detail ?? string.Empty));

        // Stale is refused for admins too.
        await factory.ChangePayrollAsync(tenant, d1, 2025);
        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAsync<SlipFile>(
            new GetSlipQuery(2025, d1.Value, SlipCopy.Employee), tenant, admin));
        Assert.Equal("slips.stale", stale.Code);
    }

    [Fact]
    public async Task UnifiedCsv_NeedsExportData_RefusesStaleWithTheCount_AndCarriesMyNumbersOnlyWithThePermission()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("slip-csv");
        var seeded = await factory.SeedAsync(tenant, 4, [2025]);
        var myNumber = await SetMyNumberAsync(factory, tenant, seeded.Approved[0]);
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<UnifiedCsvExportResult>(
            new ExportUnifiedCsvCommand(2025, new MemoryStream()), tenant, admin, Permission.RunCalculations | Permission.ViewMyNumber));

        using var plain = new MemoryStream();
        var without = await factory.SendAsAsync<UnifiedCsvExportResult>(new ExportUnifiedCsvCommand(2025, plain), tenant, admin, Permission.ExportData);
        Assert.Equal(seeded.Approved.Count, without.Summary.Records);
        Assert.False(without.HasMyNumbers);
        Assert.Equal(seeded.Approved.Count, CsvLines(plain).Length);
        Assert.DoesNotContain(myNumber, System.Text.Encoding.ASCII.GetString(plain.ToArray()));

        using var numbered = new MemoryStream();
        var with = await factory.SendAsAsync<UnifiedCsvExportResult>(new ExportUnifiedCsvCommand(2025, numbered), tenant, admin, Permission.ExportData | Permission.ViewMyNumber);
        Assert.True(with.HasMyNumbers);
        Assert.Contains(myNumber, System.Text.Encoding.ASCII.GetString(numbered.ToArray()));

        var audit = await factory.AuditAsync(tenant);
        Assert.Single(audit, a => a.Action == AuditAction.UnifiedCsvExported);
        Assert.Single(audit, a => a.Action == AuditAction.UnifiedCsvExportedWithMyNumbers);

        // Two stale results: refused as a whole, the message names the count, nothing written.
        await factory.ChangePayrollAsync(tenant, seeded.Approved[1], 2025);
        await factory.ChangePayrollAsync(tenant, seeded.Approved[2], 2025);
        using var refused = new MemoryStream();
        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAsync<UnifiedCsvExportResult>(
            new ExportUnifiedCsvCommand(2025, refused), tenant, admin, Permission.ExportData));
        Assert.Equal("results.stale_export", stale.Code);
        Assert.Contains("2", stale.Message);
        Assert.Equal(0, refused.Length);
    }

    [Fact]
    public async Task Pages_EmployeeDownloadsOwnSlipAsAnAttachment_AdminDownloadsACopyAndTheUnifiedCsv()
    {
        await using var factory = new CalculationRunTests.Factory();
        const string slug = "slip-pages";
        const string password = "correct horse battery staple 42";
        var created = await factory.CreateTenantAsync(slug);
        var tenant = new TenantId(created.TenantId);
        var admin = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, slug, "admin", created.InitialPassword, password);
        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, slug, "worker", "社員 0");
        var seeded = await factory.SeedAsync(tenant, 3, [2025], firstLogin: "worker");
        AccountId adminId;
        await using (var scope = factory.TenantScope(tenant))
        {
            var login = LoginId.Create("admin");
            adminId = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.SingleAsync(a => a.LoginId == login)).Id;
        }

        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, adminId);
        await factory.Runner().RunNextAsync(CancellationToken.None);
        await factory.SendAsAsync<PublishResultsResult>(new PublishResultsCommand(2025, []), tenant, adminId);

        var employee = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(employee, slug, "worker", initial, password);
        Assert.Contains("results/2025?handler=Slip", await employee.GetStringAsync($"/{slug}/results/2025"));
        var download = await employee.GetAsync($"/{slug}/results/2025?handler=Slip");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("withholding-slip-2025.pdf", download.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("受給者交付用", Text(new SlipFile(await download.Content.ReadAsByteArrayAsync(), false)));

        var detailUrl = $"/{slug}/admin/results/2025/{seeded.Approved[0].Value}";
        var copy = await AuthWebApplicationFactory.PostFormAsync(admin, detailUrl, new Dictionary<string, string> { ["copy"] = "TaxOffice" }, detailUrl + "?handler=Slip");
        Assert.Equal("application/pdf", copy.Content.Headers.ContentType!.MediaType);
        Assert.Contains("税務署提出用", Text(new SlipFile(await copy.Content.ReadAsByteArrayAsync(), false)));

        var csv = await AuthWebApplicationFactory.PostFormAsync(admin, $"/{slug}/admin/results/2025", new Dictionary<string, string>(), $"/{slug}/admin/results/2025?handler=UnifiedCsv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("unified-2025.csv", csv.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(seeded.Approved.Count, System.Text.Encoding.ASCII.GetString(await csv.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static string[] CsvLines(MemoryStream stream) =>
        System.Text.Encoding.ASCII.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    internal static async Task<string> SetMyNumberAsync(YeaWebApplicationFactory factory, TenantId tenant, EmployeeId id)
    {
        var digits = MyNumbers.Valid(31_415_926_535);
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IMyNumberProtector>();
        await protector.EnsureKeyAsync();
        var employee = await db.Employees.SingleAsync(e => e.Id == id);
        employee.SetMyNumber(await protector.ProtectAsync(MyNumber.Create(digits)), DateTime.UtcNow);
        await db.SaveChangesAsync();
        return digits;
    }

    internal static string Text(SlipFile file)
    {
        using var document = PdfDocument.Open(file.Content);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    internal static string Digits(string text) => NonDigits().Replace(text, string.Empty);

    [GeneratedRegex("[^0-9]")]
    private static partial Regex NonDigits();
}
