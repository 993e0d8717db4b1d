using System.Net;
using System.Text.Json;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.ErrorHandling;

/// <summary>R-35: errors carry a correlation id and never a stack trace, SQL or the exception's own text.</summary>
public sealed class ErrorResponseTests(ThrowingEndpointFactory factory) : IClassFixture<ThrowingEndpointFactory>
{
    [Fact]
    public async Task PageException_ShowsJapaneseErrorPageWithCorrelationIdOnly()
    {
        var response = await factory.CreateClient().GetAsync("/demo/boom");
        var html = await response.Content.ReadAsStringAsync();
        var correlationId = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("システムエラーが発生しました", html);
        Assert.Contains(correlationId, html);
        AssertNothingLeaks(html);
    }

    [Fact]
    public async Task ApiException_ReturnsProblemDetailsWithCorrelationIdOnly()
    {
        var response = await factory.CreateClient().GetAsync("/api/demo/boom");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.StartsWith('{'), body);
        using var json = JsonDocument.Parse(body);
        var correlationId = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("internal_error", json.RootElement.GetProperty("code").GetString());
        Assert.Equal(correlationId, json.RootElement.GetProperty("correlationId").GetString());
        AssertNothingLeaks(body);
    }

    [Fact]
    public async Task PageException_InEnglish_ShowsEnglishErrorPage()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = await (await client.GetAsync("/demo/boom")).Content.ReadAsStringAsync();

        Assert.Contains("A system error occurred", html);
        AssertNothingLeaks(html);
    }

    [Fact]
    public async Task UnknownPage_InTenant_Shows404PageWithCorrelationId()
    {
        var response = await factory.CreateClient().GetAsync("/demo/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", html);
        Assert.Contains(Assert.Single(response.Headers.GetValues("X-Correlation-Id")), html);
    }

    private static void AssertNothingLeaks(string body)
    {
        Assert.DoesNotContain("123456789018", body);
        Assert.DoesNotContain("SELECT", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain(".cs:line", body);
    }
}
