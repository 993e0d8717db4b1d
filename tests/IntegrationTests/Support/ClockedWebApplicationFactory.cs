using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>The auth host with a clock the test moves (idle timeout, contract end) and a counter of its SQL commands.</summary>
public sealed class ClockedWebApplicationFactory : AuthWebApplicationFactory
{
    public ClockedWebApplicationFactory()
    {
        Sql = new SqlCommandCounter(DatabasePath);
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public SqlCommandCounter Sql { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        Sql.Dispose();
        base.Dispose(disposing);
    }
}
