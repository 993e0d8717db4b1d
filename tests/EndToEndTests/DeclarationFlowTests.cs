using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 11 item 4 on a 390 × 844 phone: an employee completes the 2026 declaration (spouse with income 650,000 →
/// 配偶者特別控除, a child aged 20 with income 900,000, a child aged 10, a new and an old life policy and an earthquake
/// policy), sees the estimate, submits, withdraws and submits again. Every flow page passes axe (no serious or
/// critical violation), never scrolls sideways, and is photographed into the artifacts folder.
/// </summary>
public sealed class DeclarationFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2026;
    private const string Password = "flow passphrase for 2026";

    [Fact]
    public async Task Employee_CompletesSubmitsWithdrawsAndResubmits_OnAPhone()
    {
        var notice = await browser.CreateTenantAsync("flow-e2e", "申告株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "yamada", Password, Year, new PayrollAmounts(
            new Yen(4_200_000), new Yen(800_000), new Yen(110_000), new Yen(720_000), new Yen(0), new Yen(0), new Yen(0)));
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/flow-e2e";
        var problems = new List<string>();

        await page.GotoAsync(site + "/login");
        await page.Locator("input[name=LoginId]").FillAsync("yamada");
        await page.Locator("input[name=Password]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("年末調整の申告") }));
        await page.GotoAsync($"{site}/declarations/{Year}");
        await CheckAsync(page, "01-overview", problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "入力を始める" }).ClickAsync();

        // 本人: nothing applies (the defaults), saved as it is.
        await CheckAsync(page, "02-self", problems);
        await Next(page);

        // 配偶者
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "配偶者について" }));
        await page.Locator("input[name=HasSpouse][value=true]").CheckAsync();
        await page.GetByLabel("氏名", new() { Exact = true }).FillAsync("山田 花子");
        await page.GetByLabel("フリガナ").FillAsync("ヤマダ ハナコ");
        await page.GetByLabel("生年月日").FillAsync("1985-05-05");
        await page.Locator("input[name=Cohabiting][value=true]").CheckAsync();
        await page.Locator("input[name=SalaryRevenue]").FillAsync("0");
        await page.Locator("input[name=OtherIncome]").FillAsync("650000");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存して控除額を確かめる" }).ClickAsync();
        await Expect(page.GetByText("配偶者特別控除の対象"));
        await Expect(page.GetByText("配偶者の所得の見積額: 650,000円"));
        await CheckAsync(page, "03-spouse", problems);
        await Next(page);

        // 扶養親族: a child aged 20 with income 900,000 (特定親族) and a child aged 10 (under 16).
        await AddChildAsync(page, "山田 一郎", "ヤマダ イチロウ", "2006-06-01", "900000", problems, "04-relative");
        await AddChildAsync(page, "山田 二郎", "ヤマダ ジロウ", "2016-06-01", "0", null, null);
        await Expect(page.GetByText("特定親族特別控除の対象"));
        await Expect(page.GetByText("16歳未満（住民税のための記入）"));
        await CheckAsync(page, "05-dependants", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();

        // 保険料: a new and an old life policy, an earthquake policy; the deductions come from the calculator.
        await AddLineAsync(page, "生命保険を追加する", "ひまわり生命", "90000", regime: "New", problems, "06-life-line");
        await AddLineAsync(page, "生命保険を追加する", "あおぞら生命", "50000", regime: "Old", null, null);
        await AddLineAsync(page, "地震保険を追加する", "さくら損保", "30000", regime: null, null, null);
        await Expect(page.GetByText("生命保険料控除（合計）"));
        await Expect(page.GetByText("地震保険料控除"));
        await CheckAsync(page, "07-insurance", problems);

        // The e-certificate import page (issue 15) is reached from the insurance page and leads back to it.
        var insuranceUrl = page.Url;
        await page.GotoAsync($"{site}/declarations/{Year}/certificates");
        await Expect(page.Locator("input[type=file]"));
        Assert.Equal(0, await page.Locator("main .alert--error").CountAsync());
        await CheckAsync(page, "07b-certificates", problems);
        await page.GotoAsync(insuranceUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();

        // 住宅ローン: none.
        await CheckAsync(page, "08-housing-loan", problems);
        await page.Locator("input[name=HasLoan][value=false]").CheckAsync();
        await Next(page);

        // 確認と提出: every answer, no blocking check, and the estimate from the imported payroll totals.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "確認と提出", Level = 1 }));
        // The old and new general policies exceed the category's cap: a warning, not a reason to refuse.
        await Expect(page.GetByText("確認してほしい項目（1件）"));
        Assert.Equal(0, await page.Locator("#checks-blocking").CountAsync());
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("見込み: (約[0-9,]+円が(戻ります|追加で納めます)|過不足はありません)")));
        await page.GetByText("計算の内訳を見る").ClickAsync();
        await CheckAsync(page, "09-summary", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();

        await Expect(page.GetByText("提出しました。"));
        await CheckAsync(page, "10-submitted", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "提出を取り消す" }).ClickAsync();
        await Expect(page.GetByText("提出を取り消しました"));
        await CheckAsync(page, "11-withdrawn", problems);

        await page.GotoAsync($"{site}/declarations/{Year}/summary");
        await page.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Expect(page.GetByText("提出しました。"));
        await Expect(page.GetByText("提出済み", new() { Exact = true }));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Employee_SwitchesToEnglish_AndSubmits()
    {
        var notice = await browser.CreateTenantAsync("flow-e2e-en", "English KK");
        await browser.SeedEmployeeAsync(notice.TenantId, "smith", Password, Year);
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/flow-e2e-en";
        var problems = new List<string>();

        await page.GotoAsync(site + "/login");
        await page.Locator("input[name=LoginId]").FillAsync("smith");
        await page.Locator("input[name=Password]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.Locator("#culture-select").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "切り替え" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Year-end adjustment declaration for {Year}" }).ClickAsync();
        await CheckAsync(page, "en-01-overview", problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start" }).ClickAsync();
        await page.Locator("input[name=WorkingStudent][value=true]").CheckAsync();
        await CheckAsync(page, "en-02-self", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Check and submit" }).ClickAsync();
        await CheckAsync(page, "en-03-summary", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Submitted.", new() { Exact = true }));
        await CheckAsync(page, "en-04-submitted", problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task AddChildAsync(IPage page, string name, string kana, string birth, string income, List<string>? problems, string? shot)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "家族を追加する" }).ClickAsync();
        if (problems is not null)
        {
            await CheckAsync(page, shot!, problems);
        }

        await page.GetByLabel("氏名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("フリガナ").FillAsync(kana);
        await page.GetByLabel("生年月日").FillAsync(birth);
        await page.Locator("input[name=Income]").FillAsync(income);
        await page.Locator("input[name=Cohabiting][value=true]").CheckAsync();
        await page.Locator("input[name=ClaimedByOther][value=false]").CheckAsync();
        await page.Locator("input[name=NonResident][value=false]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await Expect(page.GetByText("家族を追加しました。"));
    }

    private static async Task AddLineAsync(IPage page, string add, string insurer, string premium, string? regime, List<string>? problems, string? shot)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = add }).ClickAsync();
        if (problems is not null)
        {
            await CheckAsync(page, shot!, problems);
        }

        if (regime is not null)
        {
            await page.Locator($"input[name=Regime][value={regime}]").CheckAsync();
        }

        await page.Locator("input[name=InsurerName]").FillAsync(insurer);
        await page.Locator("input[name=Premium]").FillAsync(premium);
        await page.Locator("input[name=Certificate][value=true]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await Expect(page.GetByText("追加しました。", new() { Exact = true }));
    }

    private static Task Next(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "保存して次へ" }).ClickAsync();

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
