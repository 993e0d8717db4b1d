using System.Text;
using Deque.AxeCore.Playwright;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.EndTenantContract;
using YearEndAdjustment.Application.Tenants.PostAnnouncement;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 13 in the browser: the contract-end banner and the closed site (R-03), the maintenance page (R-22), an
/// announcement and the admins' list of them (R-05), the audit-trail search and its CSV (R-21). Pages an employee can
/// meet are checked at 390 px in Japanese and English with axe; screenshots land in the artifacts folder.
/// </summary>
public sealed class OperationsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static DateOnly Today => JapanTime.DateOf(DateTime.UtcNow);

    [Fact]
    public async Task ContractEnding_AdminSeesTheBannerWithTheExportLink_AndTheAnnouncements_ThenTheAuditTrailAndItsCsv()
    {
        var notice = await browser.CreateTenantAsync("ops-ending", "終了予定株式会社");
        var end = Today.AddDays(30);
        await SendAsync(new EndTenantContractCommand("ops-ending", end));
        await SendAsync(new PostAnnouncementCommand("年末のサポート窓口", "12月29日から1月3日まではお休みです。", "ops-ending", Today.AddDays(-40), Today.AddDays(-30)));
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/ops-ending";
        var problems = new List<string>();

        await AccessibilityTests.SignInAsync(page, site, notice.InitialPassword);
        await AccessibilityTests.CheckAsync(page, site + "/admin", "ops-contract-end-banner", problems);
        var banner = page.GetByTestId("contract-end-banner");
        await Assertions.Expect(banner).ToContainTextAsync(end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        // The contract-end notice that `tenant end` posts is shown too; the finished announcement is not.
        await Assertions.Expect(page.GetByTestId("announcement").Filter(new() { HasText = "ご契約終了のお知らせ" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("年末のサポート窓口")).ToHaveCountAsync(0);
        await banner.GetByRole(AriaRole.Link, new() { Name = "全データの書き出しへ" }).ClickAsync();
        Assert.EndsWith("/ops-ending/admin/data-export", page.Url);

        await AccessibilityTests.CheckAsync(page, site + "/announcements", "ops-announcements", problems);
        await Assertions.Expect(page.Locator("article.announcement", new() { HasText = "年末のサポート窓口" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.announcement", new() { HasText = "ご契約終了のお知らせ" })).ToBeVisibleAsync();

        // A first export is itself audited; the search finds it by actor and action, and the CSV of that search has it.
        await page.GotoAsync(site + "/admin/audit-trail");
        await page.RunAndWaitForDownloadAsync(() => page.Locator("main form[method=post] button[type=submit]").ClickAsync());
        await page.Locator("#actor").FillAsync("admin");
        await page.Locator("#act").SelectOptionAsync(new SelectOptionValue { Value = "AuditTrailExported" });
        await page.Locator("main form[role=search] button[type=submit]").ClickAsync();
        Assert.Contains("act=AuditTrailExported", page.Url);
        await Assertions.Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await AccessibilityTests.CheckAsync(page, page.Url, "ops-audit-trail", problems);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main form[method=post] button[type=submit]").ClickAsync());
        var csv = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("日時(日本時間),操作者,操作", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines.Skip(1), l => l.Contains("AuditTrailExported", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains("AuditTrailExported", l, StringComparison.Ordinal));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task FromTheEndDate_TheSiteAnswers410_WithTheClosedPageInBothLanguages_OnAPhone(string locale)
    {
        var slug = $"ops-closed-{locale[..2]}";
        await browser.CreateTenantAsync(slug, "終了済み株式会社");
        await SendAsync(new EndTenantContractCommand(slug, Today));
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"{browser.BaseUrl}/{slug}/login");

        Assert.Equal(410, response!.Status);
        await Assertions.Expect(page.GetByText("このサイトのご契約は終了しました")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("The contract for this site has ended")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name=Password]")).ToHaveCountAsync(0);
        await NoSeriousViolationAsync(page, $"ops-closed-{locale}");
    }

    [Fact]
    public async Task Maintenance_PagesAnswer503WithRetryAfter_InBothLanguages_OnAPhone_AndAnAnnouncementShowsOnTheSignInPage()
    {
        await browser.CreateTenantAsync("ops-maint", "保守株式会社");
        await SendAsync(new PostAnnouncementCommand("システム更新のお知らせ", "今夜 2:00 から 2:30 まで停止します。", "ops-maint", Today, Today.AddDays(1)));
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var login = $"{browser.BaseUrl}/ops-maint/login";

        await page.GotoAsync(login);
        await Assertions.Expect(page.GetByTestId("announcement").Filter(new() { HasText = "システム更新のお知らせ" })).ToBeVisibleAsync();
        await NoSeriousViolationAsync(page, "ops-announcement-login");

        var maintenance = browser.Services.GetRequiredService<IMaintenanceMode>();
        await maintenance.SetAsync(new MaintenanceState(true, DateTime.UtcNow.AddMinutes(30), "計算表を更新しています。"), CancellationToken.None);
        try
        {
            await Task.Delay(IMaintenanceMode.MaxStaleness + TimeSpan.FromMilliseconds(300));
            var response = await page.GotoAsync(login);
            var headers = await response!.AllHeadersAsync();

            Assert.Equal(503, response.Status);
            Assert.InRange(int.Parse(headers["retry-after"], System.Globalization.CultureInfo.InvariantCulture), 60, 1800);
            await Assertions.Expect(page.GetByText("ただいまメンテナンス中です")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("The site is under maintenance")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("計算表を更新しています。").First).ToBeVisibleAsync();
            await NoSeriousViolationAsync(page, "ops-maintenance-ja");

            await using var english = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 } });
            var englishPage = await english.NewPageAsync();
            Assert.Equal(503, (await englishPage.GotoAsync($"{browser.BaseUrl}/ops-maint/"))!.Status);
            await Assertions.Expect(englishPage.GetByText("The site is under maintenance")).ToBeVisibleAsync();
            await NoSeriousViolationAsync(englishPage, "ops-maintenance-en");
        }
        finally
        {
            await maintenance.SetAsync(MaintenanceState.Off, CancellationToken.None);
            await Task.Delay(IMaintenanceMode.MaxStaleness + TimeSpan.FromMilliseconds(300));
        }

        Assert.Equal(200, (await page.GotoAsync(login))!.Status);
    }

    private async Task SendAsync<T>(ICommand<T> command)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    private static async Task NoSeriousViolationAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, name + ".png"), FullPage = true });
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact})").ToList();
        Assert.True(serious.Count == 0, $"{name}: {string.Join(", ", serious)}");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), $"{name} scrolls sideways");
    }
}
