using System.Net;
using System.Text.Json;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Tenancy;

public abstract class TenantResolutionTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : YeaWebApplicationFactory
{
    [Fact]
    public async Task Get_TenantHomePage_ShowsTenantNameInJapanese()
    {
        await factory.CreateTenantAsync("acme", "アクメ商事株式会社");
        var client = factory.CreateClient();

        var response = await client.GetAsync("/acme/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("アクメ商事株式会社 年末調整サイト", html);
        Assert.Contains("lang=\"ja\"", html);
    }

    [Fact]
    public async Task Get_TenantPathWithoutTrailingSlash_ShowsTenantHome()
    {
        await factory.CreateTenantAsync("bare-path", "ベアパス株式会社");

        var html = await factory.CreateClient().GetStringAsync("/bare-path");

        Assert.Contains("ベアパス株式会社 年末調整サイト", html);
    }

    [Fact]
    public async Task Get_TenantLinks_StayInsideTheTenant()
    {
        await factory.CreateTenantAsync("links", "リンク株式会社");

        var html = await factory.CreateClient().GetStringAsync("/links/");

        Assert.Contains("href=\"/links/css/site.css", html);
        Assert.Contains("action=\"/links/culture\"", html);
    }

    [Theory]
    [InlineData("/no-such-tenant/")]
    [InlineData("/no-such-tenant/anything/deeper")]
    public async Task Get_UnknownTenantPage_Returns404InJapanese(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", html);
    }

    [Fact]
    public async Task Get_UnknownTenantApi_Returns404ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/no-such-tenant/home");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("not_found", json.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("correlationId").GetString()));
    }

    [Fact]
    public async Task Get_TenantApi_AnswersForThatTenantOnly()
    {
        await factory.CreateTenantAsync("api-one", "エーピーアイ壱");
        await factory.CreateTenantAsync("api-two", "エーピーアイ弐");
        var client = factory.CreateClient();

        using var one = JsonDocument.Parse(await client.GetStringAsync("/api/api-one/home"));
        using var two = JsonDocument.Parse(await client.GetStringAsync("/api/api-two/home"));

        Assert.Equal("エーピーアイ壱", one.RootElement.GetProperty("displayName").GetString());
        Assert.Equal("エーピーアイ弐", two.RootElement.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Get_EndedTenant_AnswersTheClosedPage_InJapaneseAndEnglish()
    {
        var created = await factory.CreateTenantAsync("ended-co", "終了株式会社");
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
            var tenant = await db.Tenants.SingleAsync(t => t.Id == new Domain.SharedKernel.TenantId(created.TenantId));
            tenant.EndContract(new DateOnly(2020, 3, 31));
            await db.SaveChangesAsync();
        }

        var response = await factory.CreateClient().GetAsync("/ended-co/login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("このサイトのご契約は終了しました", html);
        Assert.Contains("The contract for this site has ended", html);
        Assert.Contains("2020-03-31", html);
    }

    [Fact]
    public async Task Get_SiteRoot_ShowsLandingWithoutTenant()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("ご利用の会社ごとに専用のURL", html);
    }

    [Fact]
    public async Task Get_DemoTenant_IsCreatedOnFirstStart()
    {
        var html = await factory.CreateClient().GetStringAsync("/demo/");

        Assert.Contains("デモ株式会社 年末調整サイト", html);
    }
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class TenantResolutionTests(YeaWebApplicationFactory factory) : TenantResolutionTests<YeaWebApplicationFactory>(factory);

/// <summary>The same tests on PostgreSQL (ADR 0045).</summary>
public sealed class TenantResolutionTestsOnPostgreSql(PostgreSqlWebApplicationFactory factory) : TenantResolutionTests<PostgreSqlWebApplicationFactory>(factory);
