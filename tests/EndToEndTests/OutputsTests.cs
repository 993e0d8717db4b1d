using System.IO.Compression;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 15 in the browser (ADR 0047): the employee downloads their slip on a 390 px phone (a PDF, the page passes
/// axe); the admin, in English, makes the year's ZIP (the queued job is run, the progress page shows it finished),
/// downloads it, reads the figures per municipality and is told field by field what is wrong with the payer details.
/// </summary>
public sealed class OutputsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2025;
    private const string Password = "slip passphrase for 2025";
    private const string AdminPassword = "slip admin passphrase 2025";

    [Fact]
    public async Task Employee_DownloadsTheSlipOnAPhone_AndTheAdminMakesAndDownloadsTheZip_InEnglish()
    {
        var notice = await browser.CreateTenantAsync("outputs-e2e", "帳票株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "kato", Password, Year, new PayrollAmounts(
            new Yen(4_800_000), new Yen(900_000), new Yen(190_000), new Yen(760_000), new Yen(0), new Yen(0), new Yen(0)));
        await browser.PublishResultAsync(notice.TenantId, Year);
        var site = browser.BaseUrl + "/outputs-e2e";
        var problems = new List<string>();

        // The employee, on a phone.
        await using (var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 }, AcceptDownloads = true }))
        {
            var page = await context.NewPageAsync();
            await SignInAsync(page, site, "kato", Password);
            await page.GotoAsync($"{site}/results/{Year}");
            await Check(page, "employee-result", problems);
            var link = page.Locator("a[href*='handler=Slip']");
            await Assertions.Expect(link).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal($"withholding-slip-{Year}.pdf", download.SuggestedFilename);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await ReadAsync(download), 0, 4));
        }

        // The admin, in English.
        await using var adminContext = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var admin = await adminContext.NewPageAsync();
        await SignInAdminAsync(admin, site, notice.InitialPassword);
        await admin.GotoAsync($"{site}/admin/results/{Year}");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Withholding slips (everyone, one ZIP)" })).ToBeVisibleAsync();
        await Check(admin, "admin-results", problems);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Make the ZIP" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = $"Withholding slips for {Year} (ZIP)" })).ToBeVisibleAsync();
        // The running page is checked like any other (it updates itself by script, not by a timed reload).
        await Check(admin, "admin-zip-queued", problems);
        await using (var scope = browser.TenantScope(notice.TenantId))
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Infrastructure.Jobs.BackgroundJobRunner>().RunNextAsync(CancellationToken.None));
        }

        // No reload: the page's script fetches the progress and swaps in the finished card.
        await Assertions.Expect(admin.GetByText("The ZIP is ready (1 slip,")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Check(admin, "admin-zip-ready", problems);
        var zip = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Download the ZIP" }).ClickAsync());
        Assert.Equal($"withholding-slips-{Year}.zip", zip.SuggestedFilename);
        using (var archive = new ZipArchive(new MemoryStream(await ReadAsync(zip)), ZipArchiveMode.Read))
        {
            Assert.Equal([$"{Year}_E001.pdf"], archive.Entries.Select(e => e.FullName).ToArray());
        }

        await admin.GotoAsync($"{site}/admin/results/{Year}");
        await admin.GetByRole(AriaRole.Link, new() { Name = "See the figures per municipality (summary sheet)" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("(not set)")).ToBeVisibleAsync();
        await Check(admin, "admin-municipalities", problems);

        await admin.GotoAsync($"{site}/admin/settings/payer");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("帳票株式会社");
        await admin.GetByLabel("Corporate number").FillAsync("1000012050002");
        await admin.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(admin.Locator(".field-validation-error")).ToContainTextAsync("13 digits including its check digit");
        await Check(admin, "admin-payer-error", problems);
        await admin.GetByLabel("Corporate number").FillAsync("7000012050002");
        await admin.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(admin.Locator(".alert--ok")).ToBeVisibleAsync();
        await Check(admin, "admin-payer-saved", problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<byte[]> ReadAsync(IDownload download)
    {
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task SignInAsync(IPage page, string site, string login, string password)
    {
        await page.GotoAsync(site + "/login");
        await page.Locator("input[name=LoginId]").FillAsync(login);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    private static async Task SignInAdminAsync(IPage admin, string site, string initialPassword)
    {
        await admin.GotoAsync(site + "/login");
        await admin.Locator("input[name=LoginId]").FillAsync("admin");
        await admin.Locator("input[name=Password]").FillAsync(initialPassword);
        await admin.Locator("main form button[type=submit]").First.ClickAsync();
        await admin.Locator("input[name=CurrentPassword]").FillAsync(initialPassword);
        await admin.Locator("input[name=NewPassword]").FillAsync(AdminPassword);
        await admin.Locator("input[name=NewPasswordConfirmation]").FillAsync(AdminPassword);
        await admin.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(admin.Locator(".alert--ok")).ToBeVisibleAsync();
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

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"outputs-{name}.png"), FullPage = true });
    }
}
