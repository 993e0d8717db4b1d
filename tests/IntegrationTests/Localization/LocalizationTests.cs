using System.Collections;
using System.Globalization;
using System.Resources;
using YearEndAdjustment.IntegrationTests.Support;
using YearEndAdjustment.Web;

namespace YearEndAdjustment.IntegrationTests.Localization;

public sealed class LocalizationTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    [Fact]
    public void EnglishResources_CoverEveryJapaneseKey()
    {
        var manager = new ResourceManager("YearEndAdjustment.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var japanese = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var english = manager.GetResourceSet(new CultureInfo("en"), createIfNotExists: true, tryParents: false);

        Assert.NotEmpty(japanese);
        Assert.NotNull(english);
        Assert.All(japanese, key => Assert.False(string.IsNullOrWhiteSpace(english.GetString(key)), $"English text missing for {key}"));
        Assert.Equal(japanese.Order(), Keys(english).Order());
    }

    [Fact]
    public async Task AcceptLanguageEnglish_ShowsEnglishHome()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await client.GetStringAsync("/demo/");

        Assert.Contains("デモ株式会社 year-end adjustment site", html);
        Assert.Contains("lang=\"en\"", html);
    }

    [Fact]
    public async Task CultureSwitch_WithAntiforgeryToken_SwitchesToEnglishAndBack()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/demo/");

        var switched = await client.PostAsync("/demo/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/demo/",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
        var english = await client.GetStringAsync("/demo/");

        Assert.Equal(System.Net.HttpStatusCode.OK, switched.StatusCode);
        Assert.Contains("year-end adjustment site", english);
    }

    [Fact]
    public async Task CultureSwitch_WithoutAntiforgeryToken_IsRejected()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/demo/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/demo/",
        }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CultureSwitch_ToExternalReturnUrl_StaysOnSite()
    {
        var client = factory.CreateNonRedirectingClient();
        var page = await client.GetStringAsync("/demo/");

        var response = await client.PostAsync("/demo/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/demo/", response.Headers.Location?.OriginalString);
    }

    private static List<string> Keys(ResourceSet? set) =>
        set is null ? [] : set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();
}
