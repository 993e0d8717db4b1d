using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Jobs;

/// <summary>R-20 and R-22: access logs older than 90 days are deleted in the weekday 02:00–02:30 window, once per window.</summary>
public sealed class AccessLogRetentionTests
{
    // Thursday 2026-12-03 02:05 JST = Wednesday 17:05 UTC.
    private static readonly DateTimeOffset InWindow = new(2026, 12, 2, 17, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task RetentionJob_InWindow_DeletesOnlyRowsOlderThan90Days_AndRunsOncePerWindow()
    {
        await using var factory = new Factory(InWindow);
        var tenant = new TenantId((await factory.CreateTenantAsync("retention")).TenantId);
        await AddLogsAsync(factory, tenant, InWindow.UtcDateTime.AddDays(-91), InWindow.UtcDateTime.AddDays(-89), InWindow.UtcDateTime.AddDays(-1));
        var runner = factory.Services.GetRequiredService<ScheduledJobRunner>();

        var first = await runner.RunDueJobsAsync(CancellationToken.None);
        await AddLogsAsync(factory, tenant, InWindow.UtcDateTime.AddDays(-200));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await runner.RunDueJobsAsync(CancellationToken.None);

        Assert.Contains("access-log-retention", first);
        Assert.Empty(second);
        Assert.Equal(3, await CountAsync(factory, tenant));
        await using var scope = factory.SystemScope();
        var ledger = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JobRun>().SingleAsync(j => j.SlotKey == "2026-12-03" && j.JobName == "access-log-retention");
        Assert.NotNull(ledger.CompletedAtUtc);
        Assert.True(ledger.AffectedRows >= 1);
    }

    /// <summary>ADR 0049: the same window refreshes SQLite's planner statistics, so list filters are planned from data.</summary>
    [Fact]
    public async Task StatisticsJob_InWindow_WritesSqliteStatistics_OncePerWindow()
    {
        await using var factory = new Factory(InWindow);
        await factory.CreateTenantAsync("statistics");
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(0, await db.Database.SqlQuery<long>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync());
        }

        var runner = factory.Services.GetRequiredService<ScheduledJobRunner>();
        var first = await runner.RunDueJobsAsync(CancellationToken.None);
        var second = await runner.RunDueJobsAsync(CancellationToken.None);

        Assert.Contains("database-statistics", first);
        Assert.DoesNotContain("database-statistics", second);
        await using var check = factory.SystemScope();
        var context = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await context.Database.SqlQuery<long>($"SELECT COUNT(*) AS Value FROM sqlite_stat1 WHERE tbl = 'Tenants'").SingleAsync();
        Assert.True(rows > 0);
        var ledger = await context.Set<JobRun>().SingleAsync(j => j.SlotKey == "2026-12-03" && j.JobName == "database-statistics");
        Assert.NotNull(ledger.CompletedAtUtc);
    }

    /// <summary>ADR 0046: the shared short-lived rows go with the same job: day-old attempts, expired pending uploads.</summary>
    [Fact]
    public async Task RetentionJob_DropsOldCredentialAttempts_AndExpiredPendingUploads()
    {
        await using var factory = new Factory(InWindow);
        var tenant = new TenantId((await factory.CreateTenantAsync("retention-shared")).TenantId);
        var now = InWindow.UtcDateTime;
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.CredentialAttempts.AddRange(
                Infrastructure.Security.CredentialAttempt.Create(new string('a', 64), now.AddDays(-2)),
                Infrastructure.Security.CredentialAttempt.Create(new string('b', 64), now.AddMinutes(-1)));
            db.PendingUploads.AddRange(
                Infrastructure.Uploads.PendingUpload.Create(Guid.NewGuid(), tenant, "owner", [1], now.AddMinutes(-1)),
                Infrastructure.Uploads.PendingUpload.Create(Guid.NewGuid(), tenant, "owner", [2], now.AddHours(1)));
            await db.SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None);

        await using var check = factory.SystemScope();
        var after = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal([new string('b', 64)], await after.CredentialAttempts.Select(a => a.KeyHash).ToListAsync());
        Assert.Equal([2], (await after.PendingUploads.IgnoreQueryFilters([AppDbContext.TenantFilter]).Select(u => u.Content).SingleAsync()));
    }

    [Theory]
    [InlineData(2026, 12, 2, 16, 59, false)]  // Thu 01:59 JST
    [InlineData(2026, 12, 2, 17, 0, true)]    // Thu 02:00 JST
    [InlineData(2026, 12, 2, 17, 29, true)]   // Thu 02:29 JST
    [InlineData(2026, 12, 2, 17, 30, false)]  // Thu 02:30 JST
    [InlineData(2026, 12, 4, 17, 10, false)]  // Sat 02:10 JST
    [InlineData(2026, 12, 6, 17, 10, true)]   // Mon 02:10 JST
    public async Task Slot_IsOpenOnlyOnWeekdaysBetween0200And0230Japan(int y, int m, int d, int h, int min, bool open)
    {
        await using var factory = new Factory(InWindow);
        var runner = factory.Services.GetRequiredService<ScheduledJobRunner>();

        Assert.Equal(open, runner.SlotAt(new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc)) is not null);
    }

    [Fact]
    public async Task StaleClaim_IsTakenOver_AndFinished()
    {
        var slotTime = new DateTimeOffset(2026, 12, 7, 17, 1, 0, TimeSpan.Zero); // Tue 02:01 JST
        await using var factory = new Factory(slotTime);
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(JobRun.Claim("access-log-retention", "2026-12-08", "crashed-node", slotTime.UtcDateTime));
            await db.SaveChangesAsync();
        }

        factory.Clock.SetUtcNow(slotTime.AddMinutes(3));
        var tooEarly = await factory.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None);
        factory.Clock.SetUtcNow(slotTime.AddMinutes(12));
        var takenOver = await factory.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None);

        // Other jobs claim their own slots; this one waits for its stale claim's lease.
        Assert.DoesNotContain("access-log-retention", tooEarly);
        Assert.Contains("access-log-retention", takenOver);
    }

    private static async Task AddLogsAsync(Factory factory, TenantId tenant, params DateTime[] times)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var time in times)
        {
            db.AccessLogs.Add(AccessLog.Record(tenant, time, null, "192.0.2.1", "retention-test", "GET", "/retention/", 200, 1, null));
        }

        await db.SaveChangesAsync();
    }

    private static async Task<int> CountAsync(Factory factory, TenantId tenant)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AccessLogs.IgnoreQueryFilters().CountAsync(a => a.TenantId == tenant && a.UserAgent == "retention-test");
    }

    public sealed class Factory(DateTimeOffset start) : FactoryBase(start);

    /// <summary>The host with a clock the test sets; subclasses add settings.</summary>
    public class FactoryBase(DateTimeOffset start) : YeaWebApplicationFactory
    {
        public FakeTimeProvider Clock { get; } = new(start);

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        }
    }
}
