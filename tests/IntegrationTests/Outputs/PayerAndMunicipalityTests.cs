using FluentValidation;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;
using YearEndAdjustment.Application.Outputs.GetMunicipalitySummary;
using YearEndAdjustment.Application.Outputs.GetSlip;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Tenants.GetPayerSettings;
using YearEndAdjustment.Application.Tenants.UpdatePayerSettings;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Results;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Outputs;

/// <summary>Payer settings on the slips and the 統一CSV, and the 総括表 figures per municipality (issue 15, ADR 0047).</summary>
public sealed class PayerAndMunicipalityTests
{
    // 国税庁's own 法人番号: check digit 7 over 000012050002.
    private const string CorporateNumber = "7000012050002";

    [Fact]
    public async Task PayerSettings_AreCheckedFieldByField_OnlyAFullAdminChangesThem_AndTheSlipsAndCsvUseThem()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("payer");
        var seeded = await factory.SeedAsync(tenant, 2, [2025]);
        await SlipArchiveTests.RunAsync(factory, tenant, admin);

        var bad = await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsAsync<Mediator.Unit>(
            new UpdatePayerSettingsCommand("株式会社テスト", "東京都千代田区", "03-1234-567８", "1000012050002"), tenant, admin));
        Assert.Equal(["PayerCorporateNumber", "PayerPhone"], bad.Errors.Select(e => e.PropertyName).Order().ToArray());
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<Mediator.Unit>(
            new UpdatePayerSettingsCommand("株式会社テスト", null, null, CorporateNumber), tenant, admin, Permission.ManageSettings, "D1"));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<Mediator.Unit>(
            new UpdatePayerSettingsCommand("株式会社テスト", null, null, CorporateNumber), tenant, admin, Permission.ExportData));

        await factory.SendAsAsync<Mediator.Unit>(new UpdatePayerSettingsCommand(" 株式会社テスト ", "東京都千代田区霞が関３－１－１", "03-1234-5678", CorporateNumber), tenant, admin);
        var settings = await factory.SendAsAsync<PayerSettingsDto>(new GetPayerSettingsQuery(), tenant, admin);
        Assert.Equal("株式会社テスト", settings.PayerName);
        Assert.Equal(CorporateNumber, settings.PayerCorporateNumber);
        Assert.Single(await factory.AuditAsync(tenant), a => a.Action == AuditAction.PayerSettingsChanged);

        var employeeId = seeded.Approved[0].Value;
        var taxOffice = SlipDownloadTests.Text(await factory.SendAsAsync<SlipFile>(new GetSlipQuery(2025, employeeId, SlipCopy.TaxOffice), tenant, admin));
        Assert.Contains("株式会社テスト", taxOffice);
        Assert.Contains("霞が関", taxOffice);
        Assert.Contains(CorporateNumber, SlipDownloadTests.Digits(taxOffice));
        var employeeCopy = SlipDownloadTests.Text(await factory.SendAsAsync<SlipFile>(new GetSlipQuery(2025, employeeId, SlipCopy.Employee), tenant, admin));
        Assert.Contains("株式会社テスト", employeeCopy);
        Assert.DoesNotContain(CorporateNumber, SlipDownloadTests.Digits(employeeCopy));

        using var csv = new MemoryStream();
        await factory.SendAsAsync<UnifiedCsvExportResult>(new ExportUnifiedCsvCommand(2025, csv), tenant, admin);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var text = System.Text.Encoding.GetEncoding(932).GetString(csv.ToArray());
        Assert.All(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(",株式会社テスト,03-1234-5678,", line));
    }

    [Fact]
    public async Task MunicipalitySummary_AddsUpTheStoredFiguresPerCode_WithLeaversApart_InsideTheDepartments()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("muni");
        var seeded = await factory.SeedAsync(tenant, 4, [2025]);
        await SlipArchiveTests.LeaveAsync(factory, tenant, seeded.Approved[2], new DateOnly(2025, 9, 30));
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            foreach (var (id, code) in new[] { (seeded.Approved[0], "131016"), (seeded.Approved[1], "271004"), (seeded.Approved[2], "131016") })
            {
                (await db.Employees.SingleAsync(e => e.Id == id)).SetMunicipalityCode(code, now);
            }

            await db.SaveChangesAsync();
        }

        await SlipArchiveTests.RunAsync(factory, tenant, admin);
        var results = (await factory.ResultsAsync(tenant)).ToDictionary(r => r.EmployeeId);

        var all = await factory.SendAsAsync<MunicipalitySummaryDto>(new GetMunicipalitySummaryQuery(2025), tenant, admin);
        Assert.Equal(["", "131016", "271004"], all.Rows.Select(r => r.MunicipalityCode).ToArray());
        Assert.Equal(1, all.MissingCodes);
        var chiyoda = all.Rows.Single(r => r.MunicipalityCode == "131016");
        Assert.Equal((2, 1, 1), (chiyoda.Employees, chiyoda.SpecialCollection, chiyoda.Leavers));
        Assert.Equal(results[seeded.Approved[0]].SalaryTotal + results[seeded.Approved[2]].SalaryTotal, chiyoda.PaymentTotal);
        Assert.Equal(results[seeded.Approved[0]].AnnualTax + results[seeded.Approved[2]].WithheldTaxTotal, chiyoda.WithholdingTaxTotal);
        Assert.Equal(results.Values.Sum(r => r.SalaryTotal), all.PaymentTotal);

        // Employee 3 earns over 20,000,000 (not adjusted): always due to the tax office.
        Assert.Equal(1, all.Rows.Single(r => r.MunicipalityCode.Length == 0).TaxOfficeCopies);

        var d1 = await factory.SendAsAsync<MunicipalitySummaryDto>(new GetMunicipalitySummaryQuery(2025), tenant, admin, Permission.RunCalculations, "D1");
        Assert.Equal(seeded.ApprovedD1.Count, d1.Employees);
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<MunicipalitySummaryDto>(new GetMunicipalitySummaryQuery(2025), tenant, admin, Permission.ReviewDeclarations));

        await factory.ChangePayrollAsync(tenant, seeded.Approved[0], 2025);
        Assert.Equal(1, (await factory.SendAsAsync<MunicipalitySummaryDto>(new GetMunicipalitySummaryQuery(2025), tenant, admin)).StaleCount);
    }

    [Fact]
    public async Task PayerPage_ShowsTheErrorNextToTheField_AndSaves()
    {
        await using var factory = new CalculationRunTests.Factory();
        const string slug = "payer-page";
        var created = await factory.CreateTenantAsync(slug);
        var admin = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, slug, "admin", created.InitialPassword, "correct horse battery staple 42");
        var url = $"/{slug}/admin/settings/payer";
        Assert.Contains("法人番号", await admin.GetStringAsync(url));

        var refused = await AuthWebApplicationFactory.PostFormAsync(admin, url, new Dictionary<string, string>
        {
            ["PayerName"] = "株式会社テスト", ["PayerCorporateNumber"] = "1000012050002",
        });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("field-validation-error", html);
        Assert.Contains("法人番号は検査用数字を含む13桁", html);

        await AuthWebApplicationFactory.PostFormAsync(admin, url, new Dictionary<string, string>
        {
            ["PayerName"] = "株式会社テスト", ["PayerCorporateNumber"] = CorporateNumber,
        });
        Assert.Contains(CorporateNumber, await admin.GetStringAsync(url));
    }
}
