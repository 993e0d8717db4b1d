using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 12's browser test "the whole year": the admin opens 2026, the employee submits, the admin returns one line
/// with a comment, the employee fixes it from the comment and resubmits, the admin approves, runs the calculation
/// (waiting on the progress page) and publishes; the employee reads the result and why; the admin downloads the
/// results CSV holding the employee's figure. Every step is photographed into the artifacts folder.
/// </summary>
public sealed partial class YearFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2026;
    private const string Password = "whole year passphrase 2026";
    private const string AdminPassword = "whole year admin passphrase 2026";
    private const string Comment = "お子さんの生年月日をもう一度ご確認ください。";

    [Fact]
    public async Task TheWholeYear_OpenSubmitReturnFixApproveRunPublishReadAndExport()
    {
        var notice = await browser.CreateTenantAsync("year-e2e", "通年株式会社");
        await SeedEmployeeWithoutDeclarationAsync(notice.TenantId);
        var site = browser.BaseUrl + "/year-e2e";
        await using var adminContext = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        await using var employeeContext = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });
        var admin = await adminContext.NewPageAsync();
        var employee = await employeeContext.NewPageAsync();

        // 1. The admin opens 2026 and waits for the job to finish.
        await SignInAdminAsync(admin, site, notice.InitialPassword);
        await admin.GotoAsync($"{site}/admin/declarations/open");
        await admin.Locator("select[name=TaxYear]").SelectOptionAsync(Year.ToString(CultureInfo.InvariantCulture));
        await admin.Locator("input[name=Deadline]").FillAsync($"{Year}-12-25");
        await Shot(admin, "01-open");
        await admin.GetByRole(AriaRole.Button, new() { Name = "申告を開始する" }).ClickAsync();
        await RunQueuedJobAsync(notice.TenantId);
        await Assertions.Expect(admin.GetByText("申告を開始しました。")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Shot(admin, "02-opened");

        // 2. The employee adds a child and submits.
        await SignInAsync(employee, site, "suzuki", Password);
        await employee.GotoAsync($"{site}/declarations/{Year}/dependants/new");
        await employee.GetByLabel("氏名", new() { Exact = true }).FillAsync("鈴木 次郎");
        await employee.GetByLabel("フリガナ").FillAsync("スズキ ジロウ");
        await employee.GetByLabel("生年月日").FillAsync("2016-06-01");
        await employee.Locator("input[name=Income]").FillAsync("0");
        await employee.Locator("input[name=Cohabiting][value=true]").CheckAsync();
        await employee.Locator("input[name=ClaimedByOther][value=false]").CheckAsync();
        await employee.Locator("input[name=NonResident][value=false]").CheckAsync();
        await employee.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await Expect(employee.GetByText("家族を追加しました。"));
        await employee.GotoAsync($"{site}/declarations/{Year}/summary");
        await employee.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Expect(employee.GetByText("提出しました。"));
        await Shot(employee, "03-submitted");

        // 3. The admin finds it in the list and returns one item of the child's line (the birth date) with a comment.
        await admin.GotoAsync($"{site}/admin/declarations/{Year}?status=Submitted");
        await admin.GetByRole(AriaRole.Link, new() { Name = "E100" }).ClickAsync();
        var childLine = admin.Locator("section.review-line", new() { HasText = "鈴木 次郎" });
        await childLine.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "生年月日" });
        await childLine.Locator("textarea").FillAsync(Comment);
        await Shot(admin, "04-review");
        await admin.Locator("#return-button").ClickAsync();
        await Expect(admin.Locator(".alert", new() { HasText = Comment }));
        await Shot(admin, "05-returned");

        // 4. The employee follows the comment to the field, fixes the date and submits again.
        await employee.GotoAsync($"{site}/declarations/{Year}");
        await Expect(employee.Locator("#review-comments").GetByText(Comment));
        await Shot(employee, "06-comments");
        await employee.Locator("#review-comments a").First.ClickAsync();
        // The reviewer commented on the birth date, so the link lands on that field and the comment stands beside it.
        Assert.Matches($"/declarations/{Year}/dependants/[0-9a-f-]+#BirthDate$", employee.Url);
        await Shot(employee, "07-field-comment");
        var birthDateField = employee.Locator("main .field", new() { Has = employee.Locator("#BirthDate") });
        await Expect(birthDateField.Locator(".field-comment", new() { HasText = Comment }));
        await Assertions.Expect(employee.Locator("#BirthDate")).ToBeInViewportAsync();
        await employee.GetByLabel("生年月日").FillAsync("2016-07-01");
        await employee.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await employee.GotoAsync($"{site}/declarations/{Year}/summary");
        await employee.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Expect(employee.GetByText("提出しました。"));

        // 5. The admin approves.
        await admin.GotoAsync($"{site}/admin/declarations/{Year}?status=Submitted");
        await admin.GetByRole(AriaRole.Link, new() { Name = "E100" }).ClickAsync();
        await admin.Locator("#approve-form button[type=submit]").ClickAsync();
        await Expect(admin.Locator("#reopen-form"));
        await Shot(admin, "08-approved");

        // 6. The dashboard shows one approved declaration not calculated; the admin runs the year and waits.
        await admin.GotoAsync($"{site}/admin?year={Year}");
        await Expect(admin.Locator("#calc-heading"));
        await Shot(admin, "09-dashboard-before-run");
        await admin.GotoAsync($"{site}/admin/results/{Year}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "承認済みの全員を計算する" }).ClickAsync();
        await Expect(admin.Locator("progress"));
        await RunQueuedJobAsync(notice.TenantId);
        await Assertions.Expect(admin.GetByText("計算が終わりました。")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Matches($"/admin/results/{Year}/runs/", admin.Url);
        await Shot(admin, "10-run-done");

        // 7. Publish.
        await admin.GotoAsync($"{site}/admin/results/{Year}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "最新の結果をすべて公開" }).ClickAsync();
        await Expect(admin.GetByText("1人の結果を公開しました。"));
        await Shot(admin, "11-published");
        var annualTax = await browser.InTenantAsync(notice.TenantId, async db => (await db.YearEndResults.AsNoTracking().SingleAsync()).AnnualTax);

        // 8. The employee reads the result and its explanation.
        await employee.GotoAsync($"{site}/");
        await employee.Locator($"a[href$='/results/{Year}']").First.ClickAsync();
        await Expect(employee.GetByRole(AriaRole.Heading, new() { NameRegex = WhyHeading() }));
        await Expect(employee.GetByText(annualTax.ToString("N0", CultureInfo.InvariantCulture)));
        await Shot(employee, "12-result");

        // 9. The admin downloads the payroll results CSV; the employee's annual tax is in it.
        await admin.GotoAsync($"{site}/admin/results/{Year}");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "CSV をダウンロード" }).ClickAsync());
        var path = Path.Combine(BrowserFixture.ArtifactsFolder, "year-13-results.csv");
        await download.SaveAsAsync(path);
        var csv = await File.ReadAllTextAsync(path, Encoding.UTF8);
        var row = Assert.Single(csv.Split('\n'), l => l.Contains("E100", StringComparison.Ordinal));
        Assert.Contains(annualTax.ToString(CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        Assert.Contains("鈴木 一郎", row, StringComparison.Ordinal);
    }

    // The fixture turns the job runners' polling off (no maintenance job mid-run); this takes the queued job as the
    // polling runner would, while the page keeps refreshing.
    private async Task RunQueuedJobAsync(Guid tenantId)
    {
        await using var scope = browser.TenantScope(tenantId);
        Assert.True(await scope.ServiceProvider.GetRequiredService<Infrastructure.Jobs.BackgroundJobRunner>().RunNextAsync(CancellationToken.None));
    }

    private async Task SeedEmployeeWithoutDeclarationAsync(Guid tenantId)
    {
        await using var scope = browser.TenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var tenant = new TenantId(tenantId);
        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create("E100"), EmployeeProfile.Create(
            "鈴木 一郎", "スズキ イチロウ", new DateOnly(1982, 3, 3), Gender.NotStated, null, null, new DateOnly(2012, 4, 1), null, null, null, null), now);
        db.Employees.Add(employee);
        var account = Account.Register(tenant, LoginId.Create("suzuki"), "鈴木 一郎", null, AccountRole.General, Permission.None, [], now);
        account.ChangePassword(scope.ServiceProvider.GetRequiredService<IPasswordHasher>().Hash(Password), now);
        account.LinkEmployee(employee.Id);
        db.Accounts.Add(account);
        db.PayrollTotals.Add(PayrollTotal.Record(tenant, employee.Id, new TaxYear(Year), new PayrollAmounts(
            new Yen(4_800_000), new Yen(900_000), new Yen(150_000), new Yen(720_000), new Yen(0), new Yen(0), new Yen(0)), now));
        await db.SaveChangesAsync(CancellationToken.None);
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

    private static async Task SignInAsync(IPage page, string site, string login, string password)
    {
        await page.GotoAsync(site + "/login");
        await page.Locator("input[name=LoginId]").FillAsync(login);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("年末調整の申告") }));
    }

    private static Task Expect(ILocator locator) => Assertions.Expect(locator.First).ToBeVisibleAsync();

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"year-{name}.png"), FullPage = true });

    [GeneratedRegex("なぜ(還付|不足)になるのか")]
    private static partial Regex WhyHeading();
}
