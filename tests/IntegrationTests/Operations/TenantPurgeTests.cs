using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Tenants.SeedDemoTenant;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Jobs;

namespace YearEndAdjustment.IntegrationTests.Operations;

/// <summary>R-03 (issue 13 item 1): the purge deletes all a tenant owns after the grace period, once, resumably, and only that.</summary>
public sealed class TenantPurgeTests
{
    // Thursday 2026-12-03 02:05 JST, inside the maintenance window.
    private static readonly DateTimeOffset InWindow = new(2026, 12, 2, 17, 5, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 3);
    private const string KnownName = "瀬戸内 珊瑚丸";
    private const string KnownKana = "セトウチ サンゴマル";

    [Fact]
    public async Task Job_Purges61DaysAfterEnd_Keeps59_LeavesOtherTenantsRowsIdentical_AndChangesNothingTheSecondTime()
    {
        await using var factory = new SmallBatchFactory(InWindow);
        var old = await SeedAsync(factory, "purge-old", Today.AddDays(-61));
        // 58 days before Thursday's window, so 59 at Friday's, when the second run must still keep it.
        var young = await SeedAsync(factory, "purge-young", Today.AddDays(-58));
        var keep = await SeedAsync(factory, "purge-keep", null);
        var before = Snapshot(factory, old);
        var countsBefore = await CountsAsync(factory, old);
        Assert.True(countsBefore.Count(c => c.Value > 0) >= 12, string.Join(", ", countsBefore));

        var runner = factory.Services.GetRequiredService<ScheduledJobRunner>();
        Assert.Contains("tenant-purge", await runner.RunDueJobsAsync(CancellationToken.None));
        var afterFirst = Snapshot(factory, old);
        factory.Clock.Advance(TimeSpan.FromDays(1)); // Friday's window: the job runs again and finds nothing to do
        Assert.Contains("tenant-purge", await runner.RunDueJobsAsync(CancellationToken.None));

        Assert.All(await CountsAsync(factory, old), c => Assert.True(c.Value == 0, $"{c.Key} of the purged tenant: {c.Value}"));
        Assert.Contains(await CountsAsync(factory, young), c => c.Value > 0);
        Assert.Contains(await CountsAsync(factory, keep), c => c.Value > 0);
        Assert.Equal(before, afterFirst);
        Assert.Equal(before, Snapshot(factory, old));
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tombstone = await db.Tenants.SingleAsync(t => t.Id == old);
        Assert.Equal(TenantStatus.Purged, tombstone.Status);
        Assert.Equal(TenantStatus.Active, (await db.Tenants.SingleAsync(t => t.Id == young)).Status);
        var record = await db.TenantPurgeRecords.SingleAsync();
        Assert.Equal(old, record.TenantId);
        Assert.NotNull(record.CompletedAtUtc);
        Assert.Equal(1, record.Runs);
        foreach (var (kind, count) in countsBefore.Where(c => c.Value > 0))
        {
            Assert.Equal(count, record.CountsByKind()[kind]);
        }

        var ledger = await db.Set<JobRun>().Where(j => j.JobName == "tenant-purge").OrderBy(j => j.SlotKey).Select(j => j.AffectedRows).ToListAsync();
        Assert.Equal(0, ledger[1]);
        Assert.True(ledger[0] > 0);
    }

    [Theory]
    [InlineData(2026, 12, 4, 17, 10)] // Saturday 02:10 JST: inside the hours, but a weekend
    [InlineData(2026, 12, 5, 17, 10)] // Sunday 02:10 JST
    [InlineData(2026, 12, 2, 16, 55)] // Thursday 01:55 JST: before the window
    [InlineData(2026, 12, 2, 17, 30)] // Thursday 02:30 JST: the window has closed
    [InlineData(2026, 12, 3, 3, 0)] // Thursday 12:00 JST
    public async Task Job_DoesNotRun_OnWeekendsOrOutsideTheWeekdayWindow(int y, int m, int d, int h, int min)
    {
        await using var factory = new SmallBatchFactory(new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.Zero));
        var old = await SeedAsync(factory, "purge-not-now", Today.AddDays(-90));

        var ran = await factory.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None);

        Assert.DoesNotContain("tenant-purge", ran);
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(TenantStatus.Active, (await db.Tenants.SingleAsync(t => t.Id == old)).Status);
        Assert.Contains(await CountsAsync(factory, old), c => c.Value > 0);
        Assert.False(await db.Set<JobRun>().AnyAsync(j => j.JobName == "tenant-purge"));
    }

    [Fact]
    public async Task PurgeKilledMidway_FinishesOnTheNextRun_AndTheRecordAddsUp()
    {
        await using var factory = new SmallBatchFactory(InWindow);
        var old = await SeedAsync(factory, "purge-killed", Today.AddDays(-61));
        var keep = await SeedAsync(factory, "purge-bystander", null);
        var before = Snapshot(factory, old);
        var countsBefore = await CountsAsync(factory, old);
        var purger = factory.Services.GetRequiredService<TenantPurger>();
        using var kill = new CancellationTokenSource();
        var batches = 0;
        purger.BatchCommitted = (_, _) =>
        {
            if (++batches == 4)
            {
                kill.Cancel();
            }

            return ValueTask.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => purger.PurgeAsync(old, kill.Token));
        purger.BatchCommitted = null;
        var midway = await CountsAsync(factory, old);
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(TenantStatus.Active, (await db.Tenants.SingleAsync(t => t.Id == old)).Status);
            Assert.Null((await db.TenantPurgeRecords.SingleAsync()).CompletedAtUtc);
        }

        await factory.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None);

        Assert.True(midway.Values.Sum() is > 0 && midway.Values.Sum() < countsBefore.Values.Sum(), "the kill left part of the tenant");
        Assert.All(await CountsAsync(factory, old), c => Assert.True(c.Value == 0, $"{c.Key}: {c.Value}"));
        Assert.Equal(before, Snapshot(factory, old));
        Assert.Contains(await CountsAsync(factory, keep), c => c.Value > 0);
        await using var check = factory.SystemScope();
        var record = await check.ServiceProvider.GetRequiredService<AppDbContext>().TenantPurgeRecords.SingleAsync();
        Assert.Equal(2, record.Runs);
        Assert.NotNull(record.CompletedAtUtc);
        foreach (var (kind, count) in countsBefore.Where(c => c.Value > 0))
        {
            Assert.Equal(count, record.CountsByKind()[kind]);
        }
    }

    [Fact]
    public async Task AfterPurge_TheRawDatabaseFiles_HoldNeitherTheNameNorTheMyNumber()
    {
        await using var factory = new SmallBatchFactory(InWindow);
        var old = await SeedAsync(factory, "purge-bytes", Today.AddDays(-61));
        var name = Encoding.UTF8.GetBytes(KnownName);
        var kana = Encoding.UTF8.GetBytes(KnownKana);
        Assert.True(FilesContain(factory, name), "the name is in the file before the purge (the search can fail)");

        await factory.Services.GetRequiredService<TenantPurger>().PurgeAsync(old, CancellationToken.None);

        Assert.False(FilesContain(factory, name), "employee name left in the database file or its -wal");
        Assert.False(FilesContain(factory, kana), "employee kana left in the database file or its -wal");
        Assert.False(FilesContain(factory, Encoding.ASCII.GetBytes(MyNumbers.Valid(4242))), "My Number digits left in the file");
    }

    private static bool FilesContain(SmallBatchFactory factory, byte[] needle)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-journal" })
        {
            var path = factory.DatabasePath + suffix;
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                if (copy.ToArray().AsSpan().IndexOf(needle) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A tenant with demo data (employees, family, payroll, declarations, accounts), a known employee, logs and audit rows.</summary>
    private static async Task<TenantId> SeedAsync(SmallBatchFactory factory, string slug, DateOnly? endDate)
    {
        var tenant = new TenantId((await factory.CreateTenantAsync(slug)).TenantId);
        await factory.SendAsync<SeedDemoTenantResult>(new SeedDemoTenantCommand(slug, 12, 2026, 7, Force: true), tenant);
        var imported = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(
            CsvText.Utf8(CsvText.Header, CsvText.Row("K001", name: KnownName, kana: KnownKana, myNumber: MyNumbers.Valid(4242)))), tenant);
        Assert.True(imported.Applied, string.Join(" / ", imported.Errors));
        await using var db = factory.OpenDetachedContext();
        db.AccessLogs.Add(AccessLog.Record(tenant, InWindow.UtcDateTime.AddDays(-1), null, "192.0.2.7", "purge-test", "GET", "/" + slug + "/", 200, 1, null));
        db.AuditEntries.Add(AuditEntry.Record(tenant, InWindow.UtcDateTime.AddDays(-1), null, AuditAction.TenantDataExported, detail: "purge-test"));
        var account = await db.Accounts.IgnoreQueryFilters().Where(a => a.TenantId == tenant).Select(a => a.Id).FirstAsync();
        var now = InWindow.UtcDateTime.AddDays(-2);
        db.LoginHistory.Add(Domain.Accounts.LoginHistoryEntry.Record(tenant, account, "admin", now, "192.0.2.7", "purge-test", Domain.Accounts.SignInOutcome.Succeeded));
        db.UserSessions.Add(Domain.Accounts.UserSession.Start(tenant, account, "stamp", now, TimeSpan.FromHours(8)));
        db.AccountTokens.Add(Domain.Accounts.AccountToken.Issue(tenant, account, Domain.Accounts.TokenPurpose.PasswordReset, "hash-" + slug, now, TimeSpan.FromHours(1)));
        db.TenantSettings.Add(TenantSettings.CreateDefault(tenant));
        db.BackgroundJobs.Add(Domain.Jobs.BackgroundJob.Enqueue(tenant, "purge-test", "{}", account, null, now));
        if (endDate is { } end)
        {
            (await db.Tenants.SingleAsync(t => t.Id == tenant)).EndContract(end);
        }

        await db.SaveChangesAsync();
        return tenant;
    }

    /// <summary>Rows per tenant-owned kind of one tenant, found from the model (so new tables are counted too).</summary>
    private static async Task<Dictionary<string, long>> CountsAsync(SmallBatchFactory factory, TenantId tenant)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = new Dictionary<string, long>();
        foreach (var type in TenantPurger.PurgeOrder(db.Model))
        {
            var method = typeof(TenantPurgeTests).GetMethod(nameof(CountOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType);
            counts[type.ClrType.Name] = await (Task<long>)method.Invoke(null, [db, tenant])!;
        }

        return counts;
    }

    private static async Task<long> CountOfAsync<T>(AppDbContext db, TenantId tenant)
        where T : class, ITenantOwned =>
        await db.Set<T>().IgnoreQueryFilters().LongCountAsync(e => e.TenantId == tenant);

    /// <summary>
    /// Every row of every table that is not the purged tenant's, as text, in a stable order: what must be untouched.
    /// Rows are told apart by their TenantId column (or, in the tenant list, the Id); tables of owned rows have
    /// neither, so their remaining rows must be a subset of before (checked as: rows of other owners unchanged).
    /// </summary>
    private static SortedDictionary<string, string> Snapshot(SmallBatchFactory factory, TenantId purged)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection(factory.ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var purgedText = purged.Value.ToString();
        foreach (var table in tables.Where(t => t is not ("JobRuns" or "TenantPurgeRecords" or "__EFMigrationsHistory")))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            var tenantColumn = Enumerable.Range(0, reader.FieldCount).FirstOrDefault(i => reader.GetName(i) == (table == "Tenants" ? "Id" : "TenantId"), -1);
            while (reader.Read())
            {
                if (tenantColumn >= 0 && string.Equals(Convert.ToString(reader.GetValue(tenantColumn), System.Globalization.CultureInfo.InvariantCulture), purgedText, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (tenantColumn < 0)
                {
                    // Owned rows (no tenant column): only counted, their owners' tables are compared row by row.
                    continue;
                }

                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            result[table] = string.Join('\n', rows);
        }

        return result;
    }

    /// <summary>Small batches, so even a small tenant is purged in many transactions (and can be killed between them).</summary>
    private sealed class SmallBatchFactory(DateTimeOffset start) : AccessLogRetentionTests.FactoryBase(start)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Tenants:PurgeBatchSize"] = "7",
            ["Demo:CreateOnFirstStart"] = "false",
        };
    }
}
