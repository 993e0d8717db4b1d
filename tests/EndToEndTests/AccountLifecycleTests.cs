using System.Text.RegularExpressions;
using Microsoft.Playwright;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 3 as a new user would try it in a browser: the ADMIN signs in with the opening-notice password and must
/// change it, creates a user with an e-mail address; the user follows the invitation from the outbox, sets a
/// password, signs in and sees that sign-in in the history; the admin disables the user, whose open session stops.
/// </summary>
public sealed partial class AccountLifecycleTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AdminInvitesUser_UserSignsIn_AdminDisables_UserSessionEnds()
    {
        var notice = await browser.CreateTenantAsync("e2e-co", "イーツーイー株式会社");
        var site = browser.BaseUrl + "/e2e-co";
        await using var adminContext = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP" });
        var admin = await adminContext.NewPageAsync();

        await admin.GotoAsync(site + "/login");
        await admin.GetByLabel("ログインID").FillAsync("admin");
        await admin.GetByLabel("パスワード", new() { Exact = true }).FillAsync(notice.InitialPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".alert--info")).ToContainTextAsync("パスワードの変更が必要です");

        await admin.GetByLabel("現在のパスワード").FillAsync(notice.InitialPassword);
        await admin.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync("admin passphrase for e2e 2026");
        await admin.GetByLabel("新しいパスワード（確認）").FillAsync("admin passphrase for e2e 2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "変更する" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".alert--ok")).ToContainTextAsync("パスワードを変更しました");

        await admin.GetByRole(AriaRole.Link, new() { Name = "アカウント一覧" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "アカウントを追加" }).ClickAsync();
        await admin.GetByLabel("ログインID").FillAsync("hanako");
        await admin.GetByLabel("氏名").FillAsync("佐藤花子");
        await admin.GetByLabel("メールアドレス").FillAsync("hanako@example.com");
        await admin.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".alert--ok")).ToContainTextAsync("hanako");

        var link = InvitationLink();
        await using var userContext = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP" });
        var user = await userContext.NewPageAsync();
        await user.GotoAsync(link);
        await Assertions.Expect(user.Locator("main")).ToContainTextAsync("ログインID「hanako」");
        await user.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync("hanako's own long passphrase");
        await user.GetByLabel("新しいパスワード（確認）").FillAsync("hanako's own long passphrase");
        await user.GetByRole(AriaRole.Button, new() { Name = "設定する" }).ClickAsync();
        await user.GetByRole(AriaRole.Link, new() { Name = "ログインする（hanako）" }).ClickAsync();
        await user.GetByLabel("ログインID").FillAsync("hanako");
        await user.GetByLabel("パスワード", new() { Exact = true }).FillAsync("hanako's own long passphrase");
        await user.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await user.GetByRole(AriaRole.Link, new() { Name = "ログイン履歴" }).ClickAsync();
        await Assertions.Expect(user.Locator("table")).ToContainTextAsync("成功");
        await user.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "user-history.png"), FullPage = true });

        await admin.GotoAsync(site + "/admin/accounts");
        await admin.GetByRole(AriaRole.Link, new() { Name = "hanako" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "アカウントを無効にする（退職者）" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".alert--ok")).ToContainTextAsync("無効にしました");

        await user.ReloadAsync();
        await Assertions.Expect(user.Locator("h1")).ToHaveTextAsync("ログイン");
        Assert.EndsWith("/e2e-co/login", new Uri(user.Url).AbsolutePath);
    }

    private string InvitationLink()
    {
        var mail = Directory.GetFiles(browser.Outbox, "*.eml").Select(File.ReadAllText).Single(m => m.Contains("hanako@example.com", StringComparison.Ordinal));
        var body = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail))).TextBody;
        var path = new Uri(LinkPattern().Match(body ?? "").Value).PathAndQuery;
        return browser.BaseUrl + path;
    }

    [GeneratedRegex("https?://\\S+/account/set-password\\?token=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
