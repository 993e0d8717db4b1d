using System.Net;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.IntegrationTests.Support;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.IntegrationTests.Health;

/// <summary>R-22 (issue 13 item 2): the operator's maintenance switch, obeyed by every node within two seconds.</summary>
public sealed class MaintenanceModeTests
{
    [Fact]
    public async Task SwitchOn_PagesAndApiAnswer503WithRetryAfter_HealthStaysUp_AndASecondNodeFollows()
    {
        await using var factory = new YeaWebApplicationFactory();
        await factory.CreateTenantAsync("maint");
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/maint/login")).StatusCode);
        await using var secondNode = factory.WithWebHostBuilder(_ => { });
        var other = secondNode.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/maint/login")).StatusCode);

        await factory.Services.GetRequiredService<IMaintenanceMode>().SetAsync(
            new MaintenanceState(true, DateTime.UtcNow.AddMinutes(20), "年末調整の計算表を更新しています。"), CancellationToken.None);
        await Task.Delay(IMaintenanceMode.MaxStaleness + TimeSpan.FromMilliseconds(200));

        var page = await client.GetAsync("/maint/login");
        var html = await page.Content.ReadAsStringAsync();
        var api = await client.GetAsync("/api/maint/anything");
        var onOtherNode = await other.GetAsync("/maint/login");
        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.InRange(int.Parse(page.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 60, 1200);
        Assert.Contains("メンテナンス中", html);
        Assert.Contains("under maintenance", html);
        Assert.Contains("年末調整の計算表を更新しています。", html);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, onOtherNode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"maintenance\":\"on\"", await ready.Content.ReadAsStringAsync());

        await factory.Services.GetRequiredService<IMaintenanceMode>().SetAsync(MaintenanceState.Off, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/maint/login")).StatusCode);
    }

    [Theory]
    [InlineData("on", "--until", "25:00")]
    [InlineData("on", "--until", "9時")]
    [InlineData("sideways")]
    [InlineData("off", "--message", "x")]
    public async Task Cli_BadInput_ExitsTwoWithOneLine(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await OperatorCli.RunAsync(["maintenance", .. args], stdout, stderr);

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("エラー:", stderr.ToString());
    }

    [Theory]
    [InlineData("2026-12-06T16:00:00Z", "02:30", "2026-12-06T17:30:00Z")] // 01:00 JST → 02:30 the same day
    [InlineData("2026-12-06T18:00:00Z", "02:30", "2026-12-07T17:30:00Z")] // 03:00 JST → 02:30 the next day
    public void Until_IsTheNextTimeThatComesRoundInJapan(string now, string until, string expected)
    {
        var result = MaintenanceCli.NextJapanTime(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal), result);
    }
}
