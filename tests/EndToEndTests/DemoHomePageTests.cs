using Microsoft.Playwright;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>A new user's first look: the demo tenant's home page renders in Japanese and in English.</summary>
public sealed class DemoHomePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DemoHome_InJapanese_RendersTenantNameAndGuidance()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(browser.BaseUrl + "/demo/");

        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("デモ株式会社 年末調整サイト");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        // Guidance that is true today: how to sign in, no steps promising screens that do not exist yet.
        await Assertions.Expect(page.Locator("main a.button[href$='/login']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("ol.steps")).ToHaveCountAsync(0);
        Assert.True(await HeadingIsLaidOutAsync(page), "The heading has no visible size.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "demo-home-ja.png"), FullPage = true });
    }

    [Fact]
    public async Task DemoHome_InEnglishBrowser_RendersEnglish()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/demo/");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("デモ株式会社 year-end adjustment site");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "demo-home-en.png"), FullPage = true });
    }

    [Fact]
    public async Task LanguageSwitch_FromJapanese_ShowsEnglishWithKeyboardOnly()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/demo/");

        await page.GetByLabel("表示言語").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "切り替え" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("デモ株式会社 year-end adjustment site");
        Assert.EndsWith("/demo/", page.Url);
    }

    private static async Task<bool> HeadingIsLaidOutAsync(IPage page)
    {
        var box = await page.Locator("h1").BoundingBoxAsync();
        return box is { Width: > 100, Height: > 10 };
    }
}
