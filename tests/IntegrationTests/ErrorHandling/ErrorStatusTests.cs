using System.Net;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.ErrorHandling;

/// <summary>
/// The error page takes its status from the pipeline (exception or re-executed status) or its own route, never from a
/// posted form field: a two-factor form posts a field called Code.
/// </summary>
public sealed class ErrorStatusTests(ErrorStatusTests.Factory factory) : IClassFixture<ErrorStatusTests.Factory>
{
    [Theory]
    [InlineData("123456")]
    [InlineData("404")]
    public async Task PostWithoutAntiforgeryToken_WithCodeField_Answers400Page(string code)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "198.51.100.60");

        var response = await client.PostAsync("/demo/login/two-factor", Form(code));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("リクエストが正しくありません", html);
    }

    [Fact]
    public async Task RateLimitedPost_WithCodeField_Answers429Page()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "198.51.100.61");
        for (var i = 0; i < 2; i++)
        {
            await client.PostAsync("/demo/login/two-factor", Form("123456"));
        }

        var refused = await client.PostAsync("/demo/login/two-factor", Form("123456"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("しばらくお待ちください", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ErrorPage_IgnoresCodeInQueryString()
    {
        var response = await factory.CreateClient().GetAsync("/error?code=404");

        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static FormUrlEncodedContent Form(string code) => new(new Dictionary<string, string> { ["Code"] = code });

    public sealed class Factory : AuthWebApplicationFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["SignIn:PerIp:PermitLimit"] = "2",
        };
    }
}
