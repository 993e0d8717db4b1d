using System.Net;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>
/// Two nodes of one deployment (ADR 0028): each has its own caches and context pool, both share the database. What an
/// admin or user does on one node holds on the other's very next request.
/// </summary>
public abstract class TwoNodeTests<TFactory>(TFactory nodeA) : IClassFixture<TFactory>
    where TFactory : AuthWebApplicationFactory
{
    private const string Office = "203.0.113.5";

    [Fact]
    public async Task SignOutOnOneNode_EndsTheSessionOnTheOther()
    {
        var tenant = await nodeA.CreateTenantAsync("two-out");
        var jar = new CookieContainer();
        var client = nodeA.CreateClientWithJar(jar);
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, "two-out", "admin", tenant.InitialPassword, "two nodes one database 1");
        var cookie = jar.GetCookieHeader(YeaWebApplicationFactory.BaseAddress);
        using var nodeB = new SecondNodeFactory(nodeA);

        var onB = await GetWithCookieAsync(nodeB, "/two-out/account/history", cookie);
        var page = await client.GetStringAsync("/two-out/account/history");
        await client.PostAsync("/two-out/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page) }));
        var onBAfter = await GetWithCookieAsync(nodeB, "/two-out/account/history", cookie);

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, onBAfter.StatusCode);
        Assert.Contains("/two-out/login", onBAfter.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AllowListSavedOnOneNode_RefusesOnTheOtherAtOnce()
    {
        var tenant = await nodeA.CreateTenantAsync("two-ip");
        var admin = nodeA.CreateClient();
        admin.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, Office);
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, "two-ip", "admin", tenant.InitialPassword, "two nodes one database 2");
        using var nodeB = new SecondNodeFactory(nodeA);
        var outsider = nodeB.CreateClient();

        var before = await outsider.GetAsync("/two-ip/login");
        var saved = await AuthWebApplicationFactory.PostFormAsync(admin, "/two-ip/admin/settings/ip-allow-list", new Dictionary<string, string> { ["Entries"] = "203.0.113.0/24" });
        var after = await outsider.GetAsync("/two-ip/login");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    private static Task<HttpResponseMessage> GetWithCookieAsync(YeaWebApplicationFactory node, string path, string cookie)
    {
        var client = node.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = YeaWebApplicationFactory.BaseAddress,
        });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class TwoNodeTests(AuthWebApplicationFactory nodeA) : TwoNodeTests<AuthWebApplicationFactory>(nodeA);

/// <summary>The same tests on PostgreSQL (ADR 0045).</summary>
public sealed class TwoNodeTestsOnPostgreSql(PostgreSqlAuthWebApplicationFactory nodeA) : TwoNodeTests<PostgreSqlAuthWebApplicationFactory>(nodeA);
