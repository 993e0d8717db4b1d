using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 4 as an admin would try it: download the template, upload a Shift_JIS file with 和暦 dates, read the
/// preview, confirm, see the employees, export them and re-import the export with no changes.
/// </summary>
public sealed class EmployeeImportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AdminImportsShiftJisFile_ExportsIt_AndReimportChangesNothing()
    {
        var notice = await browser.CreateTenantAsync("e2e-import", "インポート株式会社");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await SignInAsAdminAsync(page, notice.InitialPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "社員一覧" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "CSVで取り込む" }).ClickAsync();
        var template = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Shift_JIS" }).ClickAsync());
        Assert.EndsWith(".csv", template.SuggestedFilename);

        await page.GetByLabel("CSVファイル").SetInputFilesAsync(SamplePath("employees-sjis.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "内容を確認する" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("文字コード: Shift_JIS");
        await Assertions.Expect(page.Locator(".summary")).ToContainTextAsync("追加:");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "import-preview.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "この内容で取り込む" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-job-running]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "import-queued.png"), FullPage = true });

        // The queued job's page on a phone, while it waits for a runner (axe, no sideways scrolling).
        var jobUrl = page.Url;
        var problems = new List<string>();
        await page.SetViewportSizeAsync(390, 844);
        await AccessibilityTests.CheckAsync(page, jobUrl, "390-ja-JP-admin_import_job_queued", problems);
        await Assertions.Expect(page.Locator("[data-job-running]")).ToContainTextAsync("開始を待っています");
        await page.SetViewportSizeAsync(1280, 720);

        // The import is a queued job (ADR 0051): a node's runner takes it; its page updates itself until the outcome is shown.
        await using (var scope = browser.TenantScope(notice.TenantId))
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Infrastructure.Jobs.BackgroundJobRunner>().RunNextAsync(CancellationToken.None));
        }

        await Assertions.Expect(page.Locator(".alert--ok")).ToContainTextAsync("取り込みました", new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "従業員一覧へ" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("1001");

        await page.GetByRole(AriaRole.Link, new() { Name = "CSVに出力" }).ClickAsync();
        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "ダウンロード" }).ClickAsync());
        var exported = Path.Combine(BrowserFixture.ArtifactsFolder, "employees-export.csv");
        await export.SaveAsAsync(exported);

        await page.GotoAsync(browser.BaseUrl + "/e2e-import/admin/employees/import");
        await page.GetByLabel("CSVファイル").SetInputFilesAsync(exported);
        await page.GetByRole(AriaRole.Button, new() { Name = "内容を確認する" }).ClickAsync();
        await Assertions.Expect(page.Locator(".summary")).ToContainTextAsync("追加: 0 人");
        await Assertions.Expect(page.Locator(".summary")).ToContainTextAsync("変更: 0 人");

        // The finished job's page in English, on a phone and on a desktop.
        await page.GetByLabel("表示言語").SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await page.GetByRole(AriaRole.Button, new() { Name = "切り替え" }).ClickAsync();
        await AccessibilityTests.CheckAsync(page, jobUrl, "1280-en-US-admin_import_job_done", problems);
        await Assertions.Expect(page.Locator(".alert--ok")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(390, 844);
        await AccessibilityTests.CheckAsync(page, jobUrl, "390-en-US-admin_import_job_done", problems);
        Assert.Empty(problems);
    }

    private async Task SignInAsAdminAsync(IPage page, string initialPassword)
    {
        await page.GotoAsync(browser.BaseUrl + "/e2e-import/login");
        await page.GetByLabel("ログインID").FillAsync("admin");
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(initialPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await page.GetByLabel("現在のパスワード").FillAsync(initialPassword);
        await page.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync("import admin passphrase 2026");
        await page.GetByLabel("新しいパスワード（確認）").FillAsync("import admin passphrase 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "変更する" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert--ok")).ToContainTextAsync("パスワードを変更しました");
    }

    private static string SamplePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"samples/{name} not found above the test folder.");
    }
}
