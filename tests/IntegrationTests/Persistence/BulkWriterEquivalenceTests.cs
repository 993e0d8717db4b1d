using Microsoft.Data.Sqlite;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Persistence;

/// <summary>
/// ADR 0025: the SQLite bulk path binds values itself instead of through Microsoft.Data.Sqlite. Rows it writes must be
/// stored exactly as EF Core's SaveChanges stores them (same SQLite storage class, same text), or queries comparing
/// dates, GUIDs and enums would silently miss them. Compared column by column with SQLite's own quote().
/// </summary>
public sealed class BulkWriterEquivalenceTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Fact]
    public async Task BulkInsert_StoresEveryColumnExactlyAsSaveChangesDoes()
    {
        var tenant = await factory.NewTenantAsync("bulk-same");
        // Fractional seconds, a leave date, every optional column filled: every value form is exercised.
        var now = new DateTime(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc).AddTicks(1234567);
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

        db.Add(viaEf);
        db.Add(payrollEf);
        db.Add(auditEf);
        await db.SaveChangesAsync();
        var changes = new BulkChangeSet();
        changes.Insert(viaBulk);
        changes.Insert(payrollBulk);
        changes.Insert(auditBulk);
        await scope.ServiceProvider.GetRequiredService<IBulkWriter>().ApplyAsync(changes);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var differing = new List<string>();
        differing.AddRange(await CompareAsync(connection, "Employees", viaEf.Id.Value, viaBulk.Id.Value, "Id", "Number", "MyNumberCiphertext"));
        differing.AddRange(await CompareAsync(connection, "PayrollTotals", payrollEf.Id.Value, payrollBulk.Id.Value, "Id", "EmployeeId"));
        differing.AddRange(await CompareAsync(connection, "AuditEntries", auditEf.Id.Value, auditBulk.Id.Value, "Id", "SubjectEmployeeId", "SubjectFamilyMemberId", "ActorAccountId"));

        Assert.Empty(differing);

        // The columns left out above differ in value only; their storage form must still match.
        Assert.Equal(await TypeAndLengthAsync(connection, "Employees", viaEf.Id.Value), await TypeAndLengthAsync(connection, "Employees", viaBulk.Id.Value));
        Assert.Equal(await TypeAndLengthAsync(connection, "AuditEntries", auditEf.Id.Value), await TypeAndLengthAsync(connection, "AuditEntries", auditBulk.Id.Value));

        // And EF reads the bulk row back through a query on a converted column.
        Assert.True(await db.Employees.AnyAsync(e => e.Id == viaBulk.Id && e.HireDate == new DateOnly(2010, 4, 1) && e.UpdatedAtUtc == now));
    }

    /// <summary>
    /// ADR 0057: the SQLite runner binds most columns through compiled delegates (typed read, the EF converter's
    /// expression inlined) and the rest (JSON forms) through the boxed path. A stored result (ids, enums as names,
    /// nullable converted ids and times, the trace) and a declaration (JSON forms) must still be stored as SaveChanges
    /// stores them, column by column.
    /// </summary>
    [Fact]
    public async Task BulkInsert_OfResultsAndDeclarations_StoresEveryColumnExactlyAsSaveChangesDoes()
    {
        var tenant = await factory.NewTenantAsync("bulk-same-results");
        var now = new DateTime(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc).AddTicks(7654321);
        var profile = EmployeeProfile.Create("佐藤 花子", "サトウ ハナコ", new DateOnly(1990, 5, 6), Gender.Female, null, null,
            new DateOnly(2015, 4, 1), null, "D02", null, null);

        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var viaEf = Employee.Register(tenant, EmployeeNumber.Create("EF02"), profile, now);
        var viaBulk = Employee.Register(tenant, EmployeeNumber.Create("BK02"), profile, now);
        db.AddRange(viaEf, viaBulk);
        await db.SaveChangesAsync();

        var result = AdjustmentCalculator.Calculate(
            new AdjustmentInput { TaxYear = 2025, SalaryPaid = 5_000_000, TaxWithheld = 150_000, SocialInsuranceWithheld = 700_000 }, includeTrace: true);
        var forms = DeclarationForms.Empty with { Basic = DeclarationForms.Empty.Basic with { OtherIncome = 120_000 } };
        (Declaration Declaration, YearEndResult Result) Make(Employee employee)
        {
            var declaration = Declaration.Create(tenant, employee.Id, new TaxYear(2025), null, now);
            declaration.SaveForms(forms, null, now);
            var stored = YearEndResult.Record(tenant, employee.Id, new CalculationStamp(declaration.Id, 3, 2, now, new DateOnly(2025, 12, 31)),
                new string('a', InputFingerprint.Length), result, Guid.NewGuid(), now);
            stored.Publish(ResultFreshness.Current, AccountId.New(), now);
            return (declaration, stored);
        }

        var (declarationEf, resultEf) = Make(viaEf);
        var (declarationBulk, resultBulk) = Make(viaBulk);
        db.AddRange(declarationEf, resultEf);
        await db.SaveChangesAsync();
        var changes = new BulkChangeSet();
        changes.Insert(declarationBulk);
        changes.Insert(resultBulk);
        await scope.ServiceProvider.GetRequiredService<IBulkWriter>().ApplyAsync(changes);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var differing = new List<string>();
        differing.AddRange(await CompareAsync(connection, "Declarations", declarationEf.Id.Value, declarationBulk.Id.Value, "Id", "EmployeeId"));
        differing.AddRange(await CompareAsync(connection, "YearEndResults", resultEf.Id.Value, resultBulk.Id.Value, "Id", "EmployeeId", "DeclarationId", "RunId", "PublishedBy"));

        Assert.Empty(differing);
        Assert.Equal(await TypeAndLengthAsync(connection, "YearEndResults", resultEf.Id.Value), await TypeAndLengthAsync(connection, "YearEndResults", resultBulk.Id.Value));
        Assert.Equal(await TypeAndLengthAsync(connection, "Declarations", declarationEf.Id.Value), await TypeAndLengthAsync(connection, "Declarations", declarationBulk.Id.Value));

        // EF reads the bulk row back whole, through its converters.
        var read = await db.YearEndResults.AsNoTracking().SingleAsync(r => r.Id == resultBulk.Id);
        Assert.Equal((resultBulk.PublishedBy, resultBulk.PublishedAtUtc, resultBulk.LeaveDate, resultBulk.NotAdjustedReason, resultBulk.TraceJson, resultBulk.Difference),
            (read.PublishedBy, read.PublishedAtUtc, read.LeaveDate, read.NotAdjustedReason, read.TraceJson, read.Difference));
    }

    private static async Task<List<string>> CompareAsync(SqliteConnection connection, string table, Guid first, Guid second, params string[] skip)
    {
        var differing = new List<string>();
        foreach (var column in await ColumnsAsync(connection, table))
        {
            if (skip.Contains(column))
            {
                continue;
            }

            var a = await QuoteAsync(connection, table, column, first);
            var b = await QuoteAsync(connection, table, column, second);
            if (a != b)
            {
                differing.Add($"{table}.{column}: {a} <> {b}");
            }
        }

        return differing;
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        Assert.NotEmpty(columns);
        return columns;
    }

    // Ids are located through the stored text of the key, whatever its form, by letting EF's form be the reference.
    private static async Task<string> QuoteAsync(SqliteConnection connection, string table, string column, Guid id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT typeof(\"{column}\") || ':' || quote(\"{column}\") FROM \"{table}\" WHERE \"Id\" = $id";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        return (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No {table} row {id}.");
    }

    private static async Task<string> TypeAndLengthAsync(SqliteConnection connection, string table, Guid id)
    {
        var parts = new List<string>();
        foreach (var column in await ColumnsAsync(connection, table))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT typeof(\"{column}\") || ':' || ifnull(length(\"{column}\"), -1) FROM \"{table}\" WHERE \"Id\" = $id";
            command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
            parts.Add(column + "=" + (string?)await command.ExecuteScalarAsync());
        }

        return string.Join(", ", parts);
    }
}
