using System.Net;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ExportTenantData;
using YearEndAdjustment.Application.Employees.ExportYearEndResults;
using YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;
using YearEndAdjustment.Application.Outputs.GetSlip;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Tenants.EndTenantContract;
using YearEndAdjustment.Application.Tenants.PostAnnouncement;
using YearEndAdjustment.Application.Tenants.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Operations;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Operations;

/// <summary>R-03 and R-05: the admins' banner, the closed site from the end date, refused exports, announcements mailed once.</summary>
public sealed class ContractEndTests(ClockedWebApplicationFactory factory) : IClassFixture<ClockedWebApplicationFactory>
{
    [Fact]
    public async Task EndDateSet_AdminsSeeTheBannerAndNotice_AdminMailedOnce_ThenOnTheDateSignInAndExportsAreRefused()
    {
        var (admin, password) = await factory.AdminClientAsync("ending-soon");
        var tenant = await TenantIdAsync("ending-soon");
        await using (var db = factory.OpenDetachedContext())
        {
            (await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant)).ChangeEmail("boss@example.jp");
            await db.SaveChangesAsync();
        }

        var today = JapanTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime);
        var end = today.AddDays(3);
        await factory.SendAsync<EndTenantContractResult>(new EndTenantContractCommand("ending-soon", end));

        // An operator's change reaches a node's tenant cache within 30 seconds (ADR 0028); the test does not wait.
        factory.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>().Remove("tenant:ending-soon");
        var mailer = factory.Services.GetRequiredService<AnnouncementMailer>();
        var firstMails = await mailer.SendDueAsync(CancellationToken.None);
        var secondMails = await mailer.SendDueAsync(CancellationToken.None);

        var home = await admin.GetStringAsync("/ending-soon/");
        var list = await admin.GetStringAsync("/ending-soon/announcements");
        Assert.Contains("data-testid=\"contract-end-banner\"", home);
        Assert.Contains(end.ToString("yyyy-MM-dd"), home);
        Assert.Contains("href=\"/ending-soon/admin/data-export\"", home);
        Assert.Contains("ご契約終了のお知らせ", home);
        Assert.Contains("ご契約終了のお知らせ", list);
        Assert.Equal((1L, 0L), (firstMails, secondMails));
        Assert.Single(factory.Mail.Sent, m => m.To == "boss@example.jp" && m.Subject.Contains("ご契約終了のお知らせ", StringComparison.Ordinal));

        factory.Clock.Advance(TimeSpan.FromDays(3));
        var signIn = await factory.CreateClient().GetAsync("/ending-soon/login");
        var refusedPage = await signIn.Content.ReadAsStringAsync();
        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync<TenantExportResult>(new ExportTenantDataCommand(new MemoryStream(), CsvTextEncoding.Utf8WithBom), tenant));

        // Every other export use case refuses too, whatever path reaches it (the closed site already answers 410).
        var others = new (string Name, Func<Task> Run)[]
        {
            ("results", () => factory.SendAsync<ResultsExportResult>(new ExportResultsCommand(2025, new MemoryStream()), tenant)),
            ("unified", () => factory.SendAsync<UnifiedCsvExportResult>(new ExportUnifiedCsvCommand(2025, new MemoryStream()), tenant)),
            ("slip", () => factory.SendAsync<SlipFile>(new GetSlipQuery(2025, Guid.NewGuid(), SlipCopy.Employee), tenant)),
            ("employees", () => factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(new MemoryStream(), CsvTextEncoding.Utf8WithBom), tenant)),
            ("slip archive", () => factory.SendAsync<Guid>(new Application.Outputs.PrepareSlipArchive.PrepareSlipArchiveCommand(2025), tenant)),
            ("slip archive download", () => factory.SendAsync<int>(new Application.Outputs.DownloadSlipArchive.DownloadSlipArchiveCommand(Guid.NewGuid(), new MemoryStream()), tenant)),
        };
        foreach (var (name, run) in others)
        {
            var refused = await Record.ExceptionAsync(run);
            Assert.True(refused is ForbiddenException { Key: "forbidden.contract_ended" }, $"{name}: {refused?.GetType().Name ?? "not refused"}");
        }

        Assert.Equal(HttpStatusCode.Gone, signIn.StatusCode);
        Assert.Contains("このサイトのご契約は終了しました", refusedPage);
        Assert.Contains("The contract for this site has ended", refusedPage);
        Assert.Contains(end.ToString("yyyy-MM-dd"), refusedPage);
        Assert.Equal("forbidden.contract_ended", forbidden.Key);
        Assert.NotEmpty(password);
    }

    [Fact]
    public async Task AllTenantAnnouncement_IsShownDuringItsPeriodOnly_EvenOnTheSignInPage()
    {
        await factory.CreateTenantAsync("notice-co");
        var today = JapanTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime);
        await factory.SendAsync<Guid>(new PostAnnouncementCommand("定期メンテナンスのお知らせ", "12月20日 2:00〜4:00 に停止します。", null, today.AddDays(1), today.AddDays(2)));

        var before = await factory.CreateClient().GetStringAsync("/notice-co/login");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var during = await factory.CreateClient().GetStringAsync("/notice-co/login");
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var after = await factory.CreateClient().GetStringAsync("/notice-co/login");

        Assert.DoesNotContain("定期メンテナンスのお知らせ", before);
        Assert.Contains("定期メンテナンスのお知らせ", during);
        Assert.DoesNotContain("定期メンテナンスのお知らせ", after);
        Assert.DoesNotContain("contract-end-banner", during);
    }

    [Fact]
    public async Task AnnouncementWrittenByAnotherProcess_ShowsWithinTheDocumentedBound_AndTheEndDateOnlyToAdmins()
    {
        var (admin, _) = await factory.AdminClientAsync("notice-bound");
        var tenant = await TenantIdAsync("notice-bound");
        var first = await admin.GetStringAsync("/notice-bound/");
        var today = JapanTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime);

        // Written straight to the database, as the operator's command line (another process) or another node does: this
        // node's notices generation is not moved on, so only the age bound (ADR 0053) brings the change.
        await using (var db = factory.OpenDetachedContext())
        {
            db.Announcements.Add(Announcement.Post(tenant, "年末調整の締切延長", "締切を12月20日まで延長します。", today, today.AddDays(5), factory.Clock.GetUtcNow().UtcDateTime));
            (await db.Tenants.SingleAsync(t => t.Id == tenant)).EndContract(today.AddDays(40));
            await db.SaveChangesAsync();
        }

        factory.Clock.Advance(SiteNoticesGeneration.MaxAge + TimeSpan.FromSeconds(1));
        var later = await admin.GetStringAsync("/notice-bound/");
        var signInPage = await factory.CreateClient().GetStringAsync("/notice-bound/login");

        Assert.DoesNotContain("年末調整の締切延長", first);
        Assert.Contains("年末調整の締切延長", later);
        Assert.Contains("data-testid=\"contract-end-banner\"", later);
        Assert.Contains("年末調整の締切延長", signInPage);
        Assert.DoesNotContain("contract-end-banner", signInPage);
    }

    private async Task<TenantId> TenantIdAsync(string slug)
    {
        await using var db = factory.OpenDetachedContext();
        return await db.Tenants.Where(t => t.Slug == Domain.Tenants.TenantSlug.Create(slug)).Select(t => t.Id).SingleAsync();
    }
}
