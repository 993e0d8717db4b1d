using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// R-36 / WCAG 2.2 AA: every page a signed-in admin or a visitor reaches passes axe-core with no serious or
/// critical violation, on a 390 px phone and on a desktop, in Japanese and English, and never scrolls sideways.
/// Screenshots of each page land in the artifacts folder for a person to look at.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "accessible passphrase 2026";

    private static readonly string[] AdminPages =
    [
        "/", "/admin/employees", "/admin/employees/import", "/admin/employees/payroll", "/admin/employees/export",
        "/admin/accounts", "/admin/accounts/new", "/admin/settings/security", "/admin/settings/ip-allow-list",
        "/admin/access-log", "/admin/data-export", "/admin/declarations", "/admin/declarations/open", "/account/history", "/account/password", "/account/two-factor",
        "/admin", "/admin/reminders/2025", "/admin/reminders/text",
        // The two searches (ADR 0069), each finding the seeded employee.
        "/admin/employees?q=やまだ", "/admin/declarations/2025?q=やまだ",
    ];

    private static readonly string[] PublicPages = ["/login", "/account/forgot-password", "/nope"];

    [Theory]
    [InlineData(390, 844, "ja-JP")]
    [InlineData(1280, 900, "ja-JP")]
    [InlineData(390, 844, "en-US")]
    [InlineData(1280, 900, "en-US")]
    public async Task EveryPage_HasNoSeriousViolation_AndNoSidewaysScroll(int width, int height, string locale)
    {
        var slug = $"a11y-{width}-{locale[..2]}";
        var notice = await browser.CreateTenantAsync(slug, "アクセシブル株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "worker", "worker passphrase 2026", 2025);
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/" + slug;
        var problems = new List<string>();

        foreach (var path in PublicPages)
        {
            await CheckAsync(page, site + path, $"{width}-{locale}-public{path.Replace('/', '_')}", problems);
        }

        await SignInAsync(page, site, notice.InitialPassword);
        foreach (var path in AdminPages)
        {
            await CheckAsync(page, site + path, $"{width}-{locale}-admin{path.Replace('/', '_').Replace('?', '_')}", problems);
            if (path.Contains("?q=", StringComparison.Ordinal))
            {
                await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("E001");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("ja-JP", "役員")]
    [InlineData("en-US", "Officer (director or executive)")]
    public async Task EmployeeEdit_OfficerBox_OnAPhone_HasNoSeriousViolation_AndSaves(string locale, string label)
    {
        var slug = $"a11y-officer-{locale[..2]}";
        var notice = await browser.CreateTenantAsync(slug, "役員株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "worker", "worker passphrase 2026", 2025);
        var id = await browser.InTenantAsync(notice.TenantId, db => db.Employees.Select(e => e.Id.Value).SingleAsync());
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/" + slug;
        await SignInAsync(page, site, notice.InitialPassword);
        var problems = new List<string>();

        await CheckAsync(page, site + $"/admin/employees/{id}/edit", $"390-{locale}-admin_employee_edit", problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.GetByLabel(label, new() { Exact = true }).CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(label);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"390-{locale}-admin_employee_details_officer.png"), FullPage = true });
        Assert.True(await browser.InTenantAsync(notice.TenantId, db => db.Employees.Select(e => e.IsOfficer).SingleAsync()));
    }

    /// <summary>The sign-in history on a phone: one labelled block per row, nothing to scroll sideways, even in the table.</summary>
    [Theory]
    [InlineData("ja-JP", "ブラウザ")]
    [InlineData("en-US", "Browser")]
    public async Task SignInHistory_OnAPhone_ShowsEachRowAsLabelledLines_WithoutSidewaysScroll(string locale, string browserLabel)
    {
        var slug = $"a11y-history-{locale[..2]}";
        var notice = await browser.CreateTenantAsync(slug, "履歴株式会社");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/" + slug;
        await SignInAsync(page, site, notice.InitialPassword);
        var problems = new List<string>();

        await CheckAsync(page, site + "/account/history", $"390-{locale}-history-stacked", problems);
        var tableOverflows = await page.EvaluateAsync<bool>("() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth > w.clientWidth + 1; }");
        var label = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('td.ua'), '::before').content");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.False(tableOverflows, "the history table scrolls sideways on a phone");
        Assert.Equal($"\"{browserLabel}\"", label);
    }

    [Fact]
    public async Task PhoneMenu_OpensFromOneButton_AndReachesEveryGroup()
    {
        var notice = await browser.CreateTenantAsync("a11y-menu", "メニュー株式会社");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, browser.BaseUrl + "/a11y-menu", notice.InitialPassword);

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "社員一覧" })).ToBeHiddenAsync();
        await page.GetByText("メニュー", new() { Exact = true }).ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "a11y-phone-menu-open.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "社員一覧" }).ClickAsync();

        Assert.EndsWith("/a11y-menu/admin/employees", page.Url);
        await page.GetByText("メニュー", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "社員一覧" })).ToHaveAttributeAsync("aria-current", "page");
    }

    internal static async Task SignInAsync(IPage page, string site, string initialPassword)
    {
        await page.GotoAsync(site + "/login");
        await page.Locator("input[name=LoginId]").FillAsync("admin");
        await page.Locator("input[name=Password]").FillAsync(initialPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.Locator("input[name=CurrentPassword]").FillAsync(initialPassword);
        await page.Locator("input[name=NewPassword]").FillAsync(Password);
        await page.Locator("input[name=NewPasswordConfirmation]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator(".alert--ok")).ToBeVisibleAsync();
    }

    internal static async Task CheckAsync(IPage page, string url, string name, List<string> problems)
    {
        await page.GotoAsync(url);
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            problems.Add($"{url} [{name}]: {violation.Id} ({violation.Impact}) at {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        }

        var sideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        if (sideways)
        {
            problems.Add($"{url} [{name}]: scrolls sideways");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"a11y-{name}.png"), FullPage = true });
    }
}
