using System.Net;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>R-19: the forwarded client address counts only when the immediate peer is a configured proxy.</summary>
public sealed class TrustedProxyTests(TrustedProxyTests.Factory factory) : IClassFixture<TrustedProxyTests.Factory>
{
    private const string Proxy = "10.9.8.7";

    [Theory]
    [InlineData(Proxy, "203.0.113.5", HttpStatusCode.OK)]
    [InlineData(Proxy, "198.51.100.7", HttpStatusCode.Forbidden)]
    [InlineData("198.51.100.8", "203.0.113.5", HttpStatusCode.Forbidden)]
    [InlineData(Proxy, "198.51.100.7, 203.0.113.5", HttpStatusCode.OK)]
    public async Task ForwardedAddress_CountsOnlyFromTrustedProxy(string peer, string forwardedFor, HttpStatusCode expected)
    {
        await EnsureTenantAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);

        var response = await client.GetAsync("/proxied/login");

        Assert.Equal(expected, response.StatusCode);
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _ready;

    private async Task EnsureTenantAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_ready)
            {
                return;
            }

            var tenant = await factory.CreateTenantAsync("proxied");
            var admin = factory.CreateClient();
            admin.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, Proxy);
            admin.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.5");
            const string password = "trusted proxy passphrase 9";
            await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, "proxied", "admin", tenant.InitialPassword, password);
            (await AuthWebApplicationFactory.PostFormAsync(admin, "/proxied/admin/settings/ip-allow-list", new Dictionary<string, string>
            {
                ["Entries"] = "203.0.113.0/24",
            })).EnsureSuccessStatusCode();
            _ready = true;
        }
        finally
        {
            Once.Release();
        }
    }

    public sealed class Factory : AuthWebApplicationFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["SignIn:PerIp:PermitLimit"] = "1000",
            ["SignIn:PerAccount:AttemptsPerWindow"] = "1000",
            ["Network:TrustedProxies:0"] = Proxy,
        };
    }
}
