using System.Text.Json;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Localization;

/// <summary>
/// ProblemDetails are written after the exception has left request localization; the handler restores the request's
/// UI language so API clients read the same language as the pages (ADR 0027).
/// </summary>
public sealed class ApiErrorLanguageTests(ThrowingEndpointFactory factory) : IClassFixture<ThrowingEndpointFactory>
{
    [Theory]
    [InlineData("en-US", "A system error occurred.")]
    [InlineData("ja", "システムエラーが発生しました。")]
    [InlineData("", "システムエラーが発生しました。")]
    public async Task ApiException_ProblemDetailsTitle_IsInTheRequestLanguage(string language, string title)
    {
        var client = factory.CreateClient();
        if (language.Length > 0)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var body = await (await client.GetAsync("/api/demo/boom")).Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
    }
}
