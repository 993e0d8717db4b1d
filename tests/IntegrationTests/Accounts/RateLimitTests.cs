using System.Net;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>R-18: per-IP and per-account limits answer 429 before any password hash is computed.</summary>
public sealed class RateLimitTests(RateLimitTests.Factory factory) : IClassFixture<RateLimitTests.Factory>
{
    [Fact]
    public async Task PerIp_PastTheLimit_Answers429WithRetryAfter_AndComputesNoHash()
    {
        await factory.CreateTenantAsync("ip-limit");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "198.51.100.20");
        for (var i = 0; i < 3; i++)
        {
            var allowed = await AuthWebApplicationFactory.SignInAsync(client, "ip-limit", "user" + i, "some wrong password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var before = factory.Hasher.Verifies;
        var refused = await AuthWebApplicationFactory.SignInAsync(client, "ip-limit", "admin", "some wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("しばらくお待ちください", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, factory.Hasher.Verifies);
    }

    /// <summary>The limit is the endpoint's, not a path string's: every route variant that reaches a credential page counts.</summary>
    [Theory]
    [InlineData("variant-a", "198.51.100.61", "/login/")]
    [InlineData("variant-b", "198.51.100.62", "/LOGIN")]
    [InlineData("variant-c", "198.51.100.63", "/login?x=1")]
    [InlineData("variant-d", "198.51.100.64", "/Login/Two-Factor/")]
    [InlineData("variant-e", "198.51.100.65", "/account/forgot-password/")]
    public async Task PerIp_CountsEveryRouteVariantOfACredentialPage(string slug, string peer, string path)
    {
        await factory.CreateTenantAsync(slug);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, peer);
        var token = Html.AntiforgeryToken(await client.GetStringAsync($"/{slug}/login"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // A new ID each time, so the per-account budget (2 here) never answers first.
            var form = new Dictionary<string, string>
            {
                ["LoginId"] = "user" + i, ["Password"] = "some wrong password", ["Email"] = "nobody@example.com",
                ["__RequestVerificationToken"] = token,
            };
            statuses.Add((await client.PostAsync($"/{slug}{path}", new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);

        // Reading the forms is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{slug}/login/")).StatusCode);
    }

    [Fact]
    public async Task PerIp_OneBudgetAcrossSignInTwoFactorAndReset()
    {
        await factory.CreateTenantAsync("ip-shared");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "198.51.100.70");
        var token = Html.AntiforgeryToken(await client.GetStringAsync("/ip-shared/login"));
        var form = new Dictionary<string, string> { ["Email"] = "nobody@example.com", ["__RequestVerificationToken"] = token };

        foreach (var path in new[] { "/login", "/login/two-factor", "/account/forgot-password" })
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/ip-shared" + path, new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/ip-shared/login/", new FormUrlEncodedContent(form))).StatusCode);
    }

    [Fact]
    public async Task PerAccount_PastTheBudget_Answers429_AndComputesNoHash()
    {
        await factory.CreateTenantAsync("acct-limit");
        for (var i = 0; i < 2; i++)
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, $"198.51.100.{30 + i}");
            await AuthWebApplicationFactory.SignInAsync(client, "acct-limit", "admin", "some wrong password");
        }

        var attacker = factory.CreateClient();
        attacker.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "198.51.100.40");
        var before = factory.Hasher.Verifies;
        var refused = await AuthWebApplicationFactory.SignInAsync(attacker, "acct-limit", "ADMIN", "some wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(before, factory.Hasher.Verifies);
    }

    public sealed class Factory : AuthWebApplicationFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["SignIn:PerIp:PermitLimit"] = "3",
            ["SignIn:PerAccount:AttemptsPerWindow"] = "2",
        };
    }
}
