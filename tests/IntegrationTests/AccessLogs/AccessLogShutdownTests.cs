using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.AccessLogs;

public sealed class AccessLogShutdownTests
{
    [Fact]
    public async Task GracefulShutdown_WritesEveryQueuedRow()
    {
        const int requests = 40;
        await using var factory = new SlowFlushFactory();
        var client = factory.CreateClient();
        for (var i = 0; i < requests; i++)
        {
            await client.GetAsync($"/shutdown-probe-{i}/");
        }

        await factory.StopHostAsync();

        await using var db = factory.OpenDetachedContext();
        var written = await db.AccessLogs.IgnoreQueryFilters().CountAsync(r => r.Path.StartsWith("/shutdown-probe-"));
        Assert.Equal(requests, written);
    }

    /// <summary>Flushes only once a minute, so without the shutdown flush the rows would still be queued.</summary>
    private sealed class SlowFlushFactory : YeaWebApplicationFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["AccessLog:FlushInterval"] = "00:01:00",
        };

        public async Task StopHostAsync()
        {
            var lifetime = Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>();
            await lifetime.StopAsync();
        }
    }
}
