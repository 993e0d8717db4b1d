using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 12 item 6 on a 390 × 844 phone: after publication the employee finds the result on the home page and reads
/// its plain-language explanation, in Japanese and English; no serious or critical axe violation, no sideways scroll.
/// </summary>
public sealed class ResultPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2025;
    private const string Password = "result passphrase for 2025";

    [Fact]
    public async Task Employee_ReadsThePublishedResultAndWhy_OnAPhone_InBothLanguages()
    {
        var notice = await browser.CreateTenantAsync("result-e2e", "結果株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "sato", Password, Year, new PayrollAmounts(
            new Yen(4_200_000), new Yen(800_000), new Yen(180_000), new Yen(720_000), new Yen(0), new Yen(0), new Yen(0)));
        await browser.PublishResultAsync(notice.TenantId, Year);
        var problems = new List<string>();
        var site = browser.BaseUrl + "/result-e2e";

        foreach (var (locale, why) in new[] { ("ja-JP", "なぜ還付になるのか"), ("en-US", "Why you get a refund") })
        {
            await using var context = await browser.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 390, Height = 844 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(site + "/login");
            await page.Locator("input[name=LoginId]").FillAsync("sato");
            await page.Locator("input[name=Password]").FillAsync(Password);
            await page.Locator("main form button[type=submit]").First.ClickAsync();
            var link = page.Locator($"a[href$='/results/{Year}']");
            await Assertions.Expect(link).ToBeVisibleAsync();
            await Check(page, $"home-{locale}", problems);
            await link.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = why })).ToBeVisibleAsync();
            await Check(page, $"result-{locale}", problems);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task Check(IPage page, string name, List<string> problems)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            problems.Add($"{page.Url} [{name}]: {violation.Id} ({violation.Impact}) at {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        }

        if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
        {
            problems.Add($"{page.Url} [{name}]: scrolls sideways");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"result-{name}.png"), FullPage = true });
    }
}
