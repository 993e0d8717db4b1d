using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// ADR 0041 on a 390 × 844 phone: a returned declaration's comment takes the employee straight to the field, they fix
/// it and submit again; an admin enters a declaration on an employee's behalf through the same flow pages (with the
/// banner) and the employee confirms the edits at the next sign-in. Every new page passes axe (no serious or critical
/// violation), never scrolls sideways, and is photographed into the artifacts folder.
/// </summary>
public sealed class ReturnedAndAssistedFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2026;
    private const string Password = "returned passphrase 2026";
    private const string AdminPassword = "assisting admin passphrase 2026";

    [Fact]
    public async Task ReturnedWithAComment_TheEmployeeFollowsTheLinkToTheField_FixesAndResubmits()
    {
        var notice = await browser.CreateTenantAsync("returned-e2e", "差戻し株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "yamada", Password, Year);
        await using var context = await Phone();
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/returned-e2e";
        var problems = new List<string>();
        await SignInAsync(page, site, "yamada", Password);

        await AddYoungChildAsync(page, site, "山田 二郎");
        await AddYoungChildAsync(page, site, "山田 三郎");

        // Removing asks once more (a disclosure, no script needed) before the row goes.
        var third = page.Locator(".entry", new() { HasText = "山田 三郎" });
        await third.Locator("summary").ClickAsync();
        await Expect(third.GetByText("「山田 三郎」を削除しますか？"));
        await CheckAsync(page, "returned-00-remove-confirm", problems);
        await third.GetByRole(AriaRole.Button, new() { Name = "削除する" }).ClickAsync();
        await Assertions.Expect(page.Locator(".entry", new() { HasText = "山田 三郎" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".entry", new() { HasText = "山田 二郎" }));
        await page.GotoAsync($"{site}/declarations/{Year}/summary");
        await page.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Expect(page.GetByText("提出しました。"));

        // The reviewer (another screen) returns it with a question on the child's birth date and a general note.
        var entry = await browser.InTenantAsync(notice.TenantId, async db =>
        {
            var declaration = await db.Declarations.SingleAsync();
            var child = Assert.Single(declaration.Dependants.YoungRelatives);
            declaration.Return(
                [new ReviewComment($"{DeclarationFieldPaths.YoungRelatives}[{child.EntryId}].birthDate", "生年月日は2016年6月1日で合っていますか？"), new ReviewComment("", "ご確認をお願いします。")],
                DateTime.UtcNow);
            return child.EntryId;
        });

        await page.GotoAsync($"{site}/declarations/{Year}");
        await Expect(page.GetByText("ご確認をお願いします。"));
        await CheckAsync(page, "returned-01-overview", problems);
        await page.Locator("#review-comments").GetByRole(AriaRole.Link, new() { Name = "扶養する家族: 生年月日" }).ClickAsync();

        Assert.EndsWith($"/declarations/{Year}/dependants/{entry}#BirthDate", page.Url);
        await Expect(page.Locator(".field-comment").GetByText("生年月日は2016年6月1日で合っていますか？"));
        await CheckAsync(page, "returned-02-field", problems);
        await page.GetByLabel("生年月日").FillAsync("2016-07-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await page.GotoAsync($"{site}/declarations/{Year}/summary");
        await Expect(page.Locator("#review-comments").GetByText("ご確認をお願いします。"));
        await CheckAsync(page, "returned-03-summary", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();

        await Expect(page.GetByText("提出しました。"));
        var stored = await browser.InTenantAsync(notice.TenantId, db => db.Declarations.AsNoTracking().SingleAsync());
        Assert.Equal((DeclarationStatus.Submitted, new DateOnly(2016, 7, 1)), (stored.Status, Assert.Single(stored.Dependants.YoungRelatives).BirthDate));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task AssistedEntry_TheAdminEntersOnBehalf_TheEmployeeConfirmsAtNextSignIn()
    {
        var notice = await browser.CreateTenantAsync("assist-e2e", "代理入力株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "yamada", Password, Year);
        var id = await browser.InTenantAsync(notice.TenantId, async db => (await db.Declarations.SingleAsync()).Id.Value);
        var site = browser.BaseUrl + "/assist-e2e";
        var problems = new List<string>();

        await using (var adminContext = await Phone())
        {
            var admin = await adminContext.NewPageAsync();
            await admin.GotoAsync(site + "/login");
            await admin.Locator("input[name=LoginId]").FillAsync("admin");
            await admin.Locator("input[name=Password]").FillAsync(notice.InitialPassword);
            await admin.Locator("main form button[type=submit]").First.ClickAsync();
            await admin.Locator("input[name=CurrentPassword]").FillAsync(notice.InitialPassword);
            await admin.Locator("input[name=NewPassword]").FillAsync(AdminPassword);
            await admin.Locator("input[name=NewPasswordConfirmation]").FillAsync(AdminPassword);
            await admin.Locator("main form button[type=submit]").First.ClickAsync();
            await Assertions.Expect(admin.Locator(".alert--ok")).ToBeVisibleAsync();

            await admin.GotoAsync($"{site}/admin/declarations/{Year}/{id}/assist");
            await Expect(admin.GetByText("山田 太郎さんの代理で入力中"));
            await CheckAsync(admin, "assist-01-overview", problems);
            await admin.GetByRole(AriaRole.Link, new() { Name = "入力を始める" }).ClickAsync();
            await Expect(admin.GetByText("山田 太郎さんの代理で入力中"));
            await admin.Locator("input[name=WorkingStudent][value=true]").CheckAsync();
            await CheckAsync(admin, "assist-02-self", problems);
            await admin.GetByRole(AriaRole.Button, new() { Name = "保存して次へ" }).ClickAsync();

            Assert.EndsWith($"/admin/declarations/{Year}/{id}/assist/spouse", admin.Url);
            await admin.GotoAsync($"{site}/admin/declarations/{Year}/{id}/assist/summary");
            await CheckAsync(admin, "assist-03-summary", problems);
        }

        await using var context = await Phone();
        var page = await context.NewPageAsync();
        await SignInAsync(page, site, "yamada", Password);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("代わりに入力しました") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "担当者が代わりに入力した内容の確認" }));
        await Expect(page.Locator(".entry__title a", new() { HasText = "あなたのこと" }));
        await CheckAsync(page, "assist-04-employee-edits", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "確認しました" }).ClickAsync();

        await Expect(page.GetByText("代理入力の内容を確認しました。"));
        var stored = await browser.InTenantAsync(notice.TenantId, db => db.Declarations.AsNoTracking().SingleAsync());
        Assert.True(stored.Dependants.Self.IsWorkingStudent);
        Assert.False(stored.HasAssistedEditsPending);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task AddYoungChildAsync(IPage page, string site, string name)
    {
        await page.GotoAsync($"{site}/declarations/{Year}/dependants/new");
        await page.GetByLabel("氏名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("フリガナ").FillAsync("ヤマダ");
        await page.GetByLabel("生年月日").FillAsync("2016-06-01");
        await page.Locator("input[name=Income]").FillAsync("0");
        await page.Locator("input[name=Cohabiting][value=true]").CheckAsync();
        await page.Locator("input[name=ClaimedByOther][value=false]").CheckAsync();
        await page.Locator("input[name=NonResident][value=false]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await Expect(page.GetByText("家族を追加しました。"));
    }

    private Task<IBrowserContext> Phone() =>
        browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });

    private static async Task SignInAsync(IPage page, string site, string login, string password)
    {
        await page.GotoAsync(site + "/login");
        await page.Locator("input[name=LoginId]").FillAsync(login);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("年末調整の申告") }));
    }

    private static Task Expect(ILocator locator) => Assertions.Expect(locator.First).ToBeVisibleAsync();

    private static async Task CheckAsync(IPage page, string name, List<string> problems)
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

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"flow-{name}.png"), FullPage = true });
    }
}
