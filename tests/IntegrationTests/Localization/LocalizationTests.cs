using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
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
    public void CachedLocalizer_AnswersEachCultureWithItsOwnText_AndFormatsArgumentsPerCall()
    {
        var localizer = factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var manager = new ResourceManager("YearEndAdjustment.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var previous = CultureInfo.CurrentUICulture;
        var texts = new List<(string Plain, string Formatted, string Missing)>();
        try
        {
            // Twice per culture, alternating: a cache keyed without the culture would answer the second round wrongly.
            foreach (var culture in new[] { "ja", "en", "ja", "en" })
            {
                CultureInfo.CurrentUICulture = new CultureInfo(culture);
                texts.Add((localizer["Notices.Label"].Value, localizer["Notices.ContractEnd", "2027-03-31"].Value, localizer["No.Such.Key"].Value));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var ja = new CultureInfo("ja");
        var en = new CultureInfo("en");
        Assert.Equal(manager.GetString("Notices.Label", ja), texts[2].Plain);
        Assert.Equal(manager.GetString("Notices.Label", en), texts[3].Plain);
        Assert.NotEqual(texts[2].Plain, texts[3].Plain);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, manager.GetString("Notices.ContractEnd", en)!, "2027-03-31"), texts[3].Formatted);
        Assert.Contains("2027-03-31", texts[2].Formatted);
        Assert.Equal(texts[0], texts[2]);
        Assert.Equal(texts[1], texts[3]);
        Assert.Equal("No.Such.Key", texts[3].Missing);
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
