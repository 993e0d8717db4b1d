using System.Diagnostics.Metrics;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;
using YearEndAdjustment.Web.AccessLogs;

namespace YearEndAdjustment.IntegrationTests.AccessLogs;

/// <summary>R-20: every request is recorded with its fields, never with its query string.</summary>
public sealed class AccessLogRecordingTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    [Fact]
    public async Task Request_InTenant_IsRecordedWithFieldsAndWithoutQueryString()
    {
        var tenant = await factory.CreateTenantAsync("log-fields");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("YeaTest/1.0");
        var before = DateTime.UtcNow;

        var response = await client.GetAsync("/log-fields/?name=山田太郎&mynumber=123456789018");
        await factory.FlushAccessLogAsync();

        var row = await SingleRowAsync(r => r.Path.StartsWith("/log-fields"));
        Assert.Equal(new TenantId(tenant.TenantId), row.TenantId);
        Assert.Equal("/log-fields/", row.Path);
        Assert.Equal("GET", row.Method);
        Assert.Equal((int)response.StatusCode, row.StatusCode);
        Assert.Equal("YeaTest/1.0", row.UserAgent);
        Assert.Equal(DateTimeKind.Utc, row.OccurredAtUtc.Kind);
        Assert.InRange(row.OccurredAtUtc, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.True(row.DurationMs > 0);
        Assert.Null(row.AccountId);
        Assert.DoesNotContain("123456789018", row.Path);
    }

    [Fact]
    public async Task Request_ForUnknownTenant_IsRecordedAsSiteWideWith404()
    {
        await factory.CreateClient().GetAsync("/log-missing-tenant/page?x=1");
        await factory.FlushAccessLogAsync();

        var row = await SingleRowAsync(r => r.Path.StartsWith("/log-missing-tenant"));
        Assert.Equal(TenantId.None, row.TenantId);
        Assert.Equal(404, row.StatusCode);
        Assert.Equal("/log-missing-tenant/page", row.Path);
    }

    [Fact]
    public async Task Request_ToHealthProbe_IsNotRecorded()
    {
        await factory.CreateClient().GetAsync("/health/live");
        await factory.FlushAccessLogAsync();

        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.AccessLogs.IgnoreQueryFilters().AnyAsync(r => r.Path.StartsWith("/health")));
    }

    [Fact]
    public async Task Rows_OfOneTenant_AreInvisibleToAnother()
    {
        var a = await factory.CreateTenantAsync("log-iso-a");
        var b = await factory.CreateTenantAsync("log-iso-b");
        await factory.CreateClient().GetAsync("/log-iso-a/");
        await factory.FlushAccessLogAsync();

        await using var scopeB = factory.TenantScope(new TenantId(b.TenantId));
        await using var scopeA = factory.TenantScope(new TenantId(a.TenantId));
        Assert.False(await scopeB.ServiceProvider.GetRequiredService<AppDbContext>().AccessLogs.AnyAsync(r => r.Path.StartsWith("/log-iso-a")));
        Assert.True(await scopeA.ServiceProvider.GetRequiredService<AppDbContext>().AccessLogs.AnyAsync(r => r.Path.StartsWith("/log-iso-a")));
    }

    [Fact]
    public async Task Request_RecordsDurationMetric()
    {
        var measurements = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RequestMetrics.MeterName && instrument.Name == RequestMetrics.DurationInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (measurements)
            {
                measurements.Add(value);
            }
        });
        listener.Start();

        await factory.CreateClient().GetAsync("/");

        lock (measurements)
        {
            Assert.NotEmpty(measurements);
            Assert.All(measurements, m => Assert.True(m > 0));
        }
    }

    private async Task<AccessLog> SingleRowAsync(System.Linq.Expressions.Expression<Func<AccessLog, bool>> predicate)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AccessLogs.IgnoreQueryFilters().Where(predicate).SingleAsync();
    }
}
