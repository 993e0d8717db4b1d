using System.Net;
using System.Text.Json;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Health;

public sealed class HealthEndpointTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    [Fact]
    public async Task Live_ReturnsHealthy()
    {
        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WithMigratedDatabase_ReturnsHealthy()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_WithPendingMigrations_ReturnsUnhealthy()
    {
        await using var unmigrated = new UnmigratedFactory();

        var response = await unmigrated.CreateClient().GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(body.Contains("pending", StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task Ready_WithoutDatabase_ReturnsUnhealthy()
    {
        await using var missing = new UnmigratedFactory(createEmptyDatabase: false);

        var response = await missing.CreateClient().GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(body.Contains("unreachable", StringComparison.Ordinal), body);
    }

    /// <summary>Starts without migrating; with an empty database file, or with none at all.</summary>
    private sealed class UnmigratedFactory : YeaWebApplicationFactory
    {
        public UnmigratedFactory(bool createEmptyDatabase = true)
        {
            if (createEmptyDatabase)
            {
                using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
                connection.Open();
            }
        }

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Demo:CreateOnFirstStart"] = "false",
        };
    }
}
