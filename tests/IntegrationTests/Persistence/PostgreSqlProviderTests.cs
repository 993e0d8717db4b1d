using Npgsql;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Persistence;

/// <summary>
/// ADR 0045, PostgreSQL only: the migration set applied by startup, and the binary COPY bulk path storing exactly what
/// SaveChanges stores (compared as whole rows with <c>to_jsonb</c>), inside the session's transaction.
/// </summary>
public sealed class PostgreSqlProviderTests(PostgreSqlEmployeesWebApplicationFactory factory) : IClassFixture<PostgreSqlEmployeesWebApplicationFactory>
{
    [Fact]
    public async Task Startup_AppliesEveryPostgreSqlMigration()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.IsType<PostgreSqlAppDbContext>(db);
        Assert.NotEmpty(applied);
        Assert.Equal(db.Database.GetMigrations(), applied);
    }

    [Fact]
    public async Task BulkInsert_ThroughCopy_StoresEveryColumnAsSaveChangesDoes()
    {
        var tenant = await factory.NewTenantAsync("pg-copy-same");
        // Whole microseconds (PostgreSQL's precision), a leave date, every optional column filled, a family member.
        var now = new DateTime(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc).AddTicks(123_450);
        var profile = EmployeeProfile.Create("山田 太郎", "ヤマダ タロウ", new DateOnly(1985, 4, 1), Gender.Female, "100-0001",
            "東京都千代田区千代田1-1", new DateOnly(2010, 4, 1), new DateOnly(2026, 3, 31), "D01", "総務部", "taro@example.jp");

        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IMyNumberProtector>();
        var viaEf = Employee.Register(tenant, EmployeeNumber.Create("EF01"), profile, now);
        var viaBulk = Employee.Register(tenant, EmployeeNumber.Create("BK01"), profile, now);
        viaEf.SetMyNumber(await protector.ProtectAsync(MyNumber.Create(MyNumbers.Valid(11))), now);
        viaBulk.SetMyNumber(await protector.ProtectAsync(MyNumber.Create(MyNumbers.Valid(11))), now);
        var amounts = new PayrollAmounts(new Yen(5_000_000), new Yen(1_000_000), new Yen(120_000), new Yen(700_000), new Yen(0), new Yen(0), new Yen(0));
        var payrollEf = PayrollTotal.Record(tenant, viaEf.Id, new TaxYear(2025), amounts, now);
        var payrollBulk = PayrollTotal.Record(tenant, viaBulk.Id, new TaxYear(2025), amounts, now);
        var auditEf = AuditEntry.Record(tenant, now, AccountId.New(), AuditAction.EmployeesImported, viaEf.Id, Guid.NewGuid(), "detail");
        var auditBulk = AuditEntry.Record(tenant, now, AccountId.New(), AuditAction.EmployeesImported, viaBulk.Id, Guid.NewGuid(), "detail");

        db.AddRange(viaEf, payrollEf, auditEf);
        await db.SaveChangesAsync();
        var changes = new BulkChangeSet();
        changes.Insert(viaBulk);
        changes.Insert(payrollBulk);
        changes.Insert(auditBulk);
        await scope.ServiceProvider.GetRequiredService<IBulkWriter>().ApplyAsync(changes);

        Assert.Equal(await RowAsync("Employees", viaEf.Id.Value, "Id", "Number", "MyNumberCiphertext"), await RowAsync("Employees", viaBulk.Id.Value, "Id", "Number", "MyNumberCiphertext"));
        Assert.Equal(await RowAsync("PayrollTotals", payrollEf.Id.Value, "Id", "EmployeeId"), await RowAsync("PayrollTotals", payrollBulk.Id.Value, "Id", "EmployeeId"));
        Assert.Equal(
            await RowAsync("AuditEntries", auditEf.Id.Value, "Id", "SubjectEmployeeId", "SubjectFamilyMemberId", "ActorAccountId"),
            await RowAsync("AuditEntries", auditBulk.Id.Value, "Id", "SubjectEmployeeId", "SubjectFamilyMemberId", "ActorAccountId"));
        Assert.True(await db.Employees.AnyAsync(e => e.Id == viaBulk.Id && e.HireDate == new DateOnly(2010, 4, 1) && e.UpdatedAtUtc == now));
    }

    [Fact]
    public async Task BulkSession_NotCommitted_LeavesNoCopiedRow()
    {
        var tenant = await factory.NewTenantAsync("pg-copy-rollback");
        var now = new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);
        await using var scope = factory.TenantScope(tenant);
        var writer = scope.ServiceProvider.GetRequiredService<IBulkWriter>();

        await using (var session = await writer.BeginAsync())
        {
            var changes = new BulkChangeSet();
            foreach (var i in Enumerable.Range(1, 50))
            {
                changes.Insert(Employee.Register(tenant, EmployeeNumber.Create($"R{i:000}"), EmployeeProfile.Create("山田 太郎", "ヤマダ タロウ",
                    new DateOnly(1985, 4, 1), Gender.Male, null, "東京都", new DateOnly(2010, 4, 1), null, null, null, null), now));
            }

            await session.WriteAsync(changes);
            Assert.Equal(50, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.CountAsync());
        }

        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.CountAsync());
    }

    /// <summary>The whole row as JSON, without the columns that differ by value between the two rows.</summary>
    private async Task<string> RowAsync(string table, Guid id, params string[] skip)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Table names are this test's constants; the key and the skipped columns travel as parameters.
        command.CommandText = $"SELECT (to_jsonb(t) - @skip)::text FROM \"{table}\" t WHERE \"Id\" = @id";
        command.Parameters.AddWithValue("skip", skip);
        command.Parameters.AddWithValue("id", id);
        return (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No {table} row {id}.");
    }
}
