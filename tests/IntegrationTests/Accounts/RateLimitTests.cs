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
