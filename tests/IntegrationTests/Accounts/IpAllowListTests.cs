using System.Net;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>R-19: up to 100 entries; other addresses are refused everywhere in the tenant, the sign-in page included.</summary>
public sealed class IpAllowListTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    private const string Office = "203.0.113.5";
    private const string Outside = "198.51.100.7";

    [Fact]
    public async Task AddressOutsideTheList_IsRefusedOnEveryPage_InsideIsServed()
    {
        await AllowOfficeOnlyAsync("ip-basic");

        var outside = ClientFrom(Outside);
        var login = await outside.GetAsync("/ip-basic/login");
        var home = await outside.GetAsync("/ip-basic/");
        var inside = await ClientFrom("203.0.113.200").GetAsync("/ip-basic/login");
        var otherTenant = await outside.GetAsync("/demo/");

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Contains("このネットワークからはアクセスできません", await login.Content.ReadAsStringAsync());
        Assert.Contains(Outside, await login.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
    }

    [Fact]
    public async Task ForgedForwardedHeader_FromUntrustedPeer_IsIgnored()
    {
        await AllowOfficeOnlyAsync("ip-forged");
        var client = ClientFrom(Outside);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Office);

        var response = await client.GetAsync("/ip-forged/login");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SavingAListWithoutOwnAddress_AsksForConfirmation_AndSavesNothingUntilConfirmed()
    {
        var admin = await AdminFromAsync("ip-self", Outside);

        var first = await SaveAsync(admin, "ip-self", "203.0.113.0/24 本社");
        var stillIn = await admin.GetAsync("/ip-self/admin/settings/ip-allow-list");
        var confirmed = await SaveAsync(admin, "ip-self", "203.0.113.0/24 本社", confirm: true);

        Assert.Contains("アクセスできなくなります", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, confirmed.StatusCode);
    }

    [Fact]
    public async Task HundredAndOneEntries_AreRefused_AndNothingIsSaved()
    {
        var admin = await AdminFromAsync("ip-101", Office);
        var lines = string.Join('\n', Enumerable.Range(0, 101).Select(i => $"10.0.{i}.0/24")) + "\n203.0.113.0/24";

        var response = await SaveAsync(admin, "ip-101", lines);
        var fromOutside = await ClientFrom(Outside).GetAsync("/ip-101/login");

        Assert.Contains("100 件まで", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, fromOutside.StatusCode);
    }

    [Fact]
    public async Task HundredEntries_AreAccepted()
    {
        var admin = await AdminFromAsync("ip-100", Office);
        var lines = string.Join('\n', Enumerable.Range(0, 99).Select(i => $"10.0.{i}.0/24")) + "\n203.0.113.0/24";

        await SaveAsync(admin, "ip-100", lines);
        var page = await admin.GetStringAsync("/ip-100/admin/settings/ip-allow-list");

        Assert.Contains("10.0.98.0/24", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await ClientFrom(Outside).GetAsync("/ip-100/login")).StatusCode);
    }

    [Fact]
    public async Task InvalidLine_IsReportedByLineNumber_AndNothingIsSaved()
    {
        var admin = await AdminFromAsync("ip-invalid", Office);

        var response = await SaveAsync(admin, "ip-invalid", "203.0.113.0/24\n999.1.2.3\n0.0.0.0/0");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("2行目", html);
        Assert.Contains("3行目", html);
        Assert.Equal(HttpStatusCode.OK, (await ClientFrom(Outside).GetAsync("/ip-invalid/login")).StatusCode);
    }

    [Fact]
    public async Task Ipv6Range_MatchesItsAddresses()
    {
        var admin = await AdminFromAsync("ip-v6", "2001:db8:1::10");

        await SaveAsync(admin, "ip-v6", "2001:db8:1::/48");

        Assert.Equal(HttpStatusCode.OK, (await ClientFrom("2001:db8:1:ffff::1").GetAsync("/ip-v6/login")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ClientFrom("2001:db8:2::1").GetAsync("/ip-v6/login")).StatusCode);
    }

    private async Task AllowOfficeOnlyAsync(string slug)
    {
        var admin = await AdminFromAsync(slug, Office);
        var saved = await SaveAsync(admin, slug, "203.0.113.0/24 本社");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    private async Task<HttpClient> AdminFromAsync(string slug, string address)
    {
        var tenant = await factory.CreateTenantAsync(slug);
        var client = ClientFrom(address);
        const string password = "office network guard 2026";
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, slug, "admin", tenant.InitialPassword, password);
        return client;
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient admin, string slug, string entries, bool confirm = false)
    {
        var fields = new Dictionary<string, string> { ["Entries"] = entries };
        if (confirm)
        {
            fields["ConfirmSelfLockout"] = "true";
        }

        return AuthWebApplicationFactory.PostFormAsync(admin, $"/{slug}/admin/settings/ip-allow-list", fields);
    }

    private HttpClient ClientFrom(string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, address);
        return client;
    }
}
