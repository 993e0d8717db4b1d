using Microsoft.Playwright;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 9 item 15 in a phone-sized browser: the admin starts two-factor setup, sees a QR code that fits a 390 px
/// screen without horizontal scrolling and that the CSP lets render, and turns 2FA on with a code for the key shown
/// beside it.
/// </summary>
public sealed class TwoFactorSetupTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "admin passphrase for 2fa 2026";

    [Fact]
    public async Task SetupOnAPhone_ShowsAScannableQrAndTheKey_AndTheKeyTurnsTwoFactorOn()
    {
        var notice = await browser.CreateTenantAsync("e2e-2fa", "ツーファクター株式会社");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Add(message.Text);
            }
        };

        await SignInAsAdminAsync(page, browser.BaseUrl + "/e2e-2fa", notice.InitialPassword);
        await page.GotoAsync(browser.BaseUrl + "/e2e-2fa/account/two-factor");
        await page.GetByRole(AriaRole.Button, new() { Name = "設定を始める" }).ClickAsync();

        var qr = page.GetByRole(AriaRole.Img, new() { Name = "2段階認証の設定用QRコード。認証アプリで読み取ります。" });
        await Assertions.Expect(qr).ToBeVisibleAsync();
        var box = await qr.BoundingBoxAsync();
        Assert.True(box is { Width: >= 200, Height: >= 200 } && Math.Abs(box.Width - box.Height) < 1, $"QR box {box?.Width}x{box?.Height}");
        Assert.True(await FitsWidthAsync(page), "The setup page scrolls sideways at 390 px.");
        await page.GetByText("設定用URI").ClickAsync();
        await Assertions.Expect(page.Locator("code.uri")).ToBeVisibleAsync();
        Assert.True(await FitsWidthAsync(page), "The opened setup URI scrolls sideways at 390 px.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "two-factor-setup-390.png"), FullPage = true });

        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "two-factor-setup-desktop.png"), FullPage = true });

        var key = (await page.GetByTestId("totp-secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var code = Totp.Code(Totp.FromBase32(key), Totp.StepAt(DateTime.UtcNow));
        await page.GetByLabel("確認コード").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "確認して有効にする" }).ClickAsync();

        await Assertions.Expect(page.Locator(".alert--ok")).ToContainTextAsync("2段階認証を有効にしました");
        Assert.Empty(blocked);
    }

    private static async Task SignInAsAdminAsync(IPage page, string site, string initialPassword)
    {
        await page.GotoAsync(site + "/login");
        await page.GetByLabel("ログインID").FillAsync("admin");
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(initialPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await page.GetByLabel("現在のパスワード").FillAsync(initialPassword);
        await page.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("新しいパスワード（確認）").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "変更する" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert--ok")).ToContainTextAsync("パスワードを変更しました");
    }

    private static Task<bool> FitsWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
}
