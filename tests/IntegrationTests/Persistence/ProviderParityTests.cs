using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.ListEmployees;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Persistence;

/// <summary>
/// ADR 0045: what differs between providers underneath, the application must not notice: text compared and ordered by
/// code point (the kana prefix search of ADR 0029, employee-number order), times read back as UTC, and an edit made
/// from a stale copy refused by the concurrency token.
/// </summary>
public abstract class ProviderParityTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : EmployeesWebApplicationFactory
{
    [Fact]
    public async Task KanaSearch_IsAPrefixMatch_AndNumbersSortByCodePoint()
    {
        var tenant = await factory.NewTenantAsync("parity-search");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(
            CsvText.Header,
            CsvText.Row("a1", name: "山田 一郎", kana: "ヤマダ イチロウ"),
            CsvText.Row("B2", name: "山田 二郎", kana: "やまだ じろう"),
            CsvText.Row("E-3", name: "山 太郎", kana: "ヤマ タロウ"),
            CsvText.Row("E_4", name: "山本 花子", kana: "ヤマモト ハナコ"),
            CsvText.Row("E5", name: "山中 千尋", kana: "ヤマチ チヒロ"))), tenant);

        var yamada = await factory.SendAsync<EmployeePage>(new ListEmployeesQuery(Search: "ﾔﾏﾀﾞ"), tenant);
        var all = await factory.SendAsync<EmployeePage>(new ListEmployeesQuery(), tenant);

        // ヤマタロウ lies between ヤマダ and its upper bound ヤマチ under a Japanese linguistic collation, not by code point.
        Assert.Equal(["B2", "a1"], yamada.Items.Select(i => i.EmployeeNumber).Order(StringComparer.Ordinal));
        Assert.Equal(["B2", "E-3", "E5", "E_4", "a1"], all.Items.Select(i => i.EmployeeNumber));
    }

    [Fact]
    public async Task Times_AreReadBackAsTheSameUtcInstant()
    {
        var tenant = await factory.NewTenantAsync("parity-time");
        // Whole microseconds: PostgreSQL keeps six fractional digits, SQLite seven.
        var at = new DateTime(2026, 11, 30, 23, 59, 58, DateTimeKind.Utc).AddTicks(1_234_560);
        var id = await SaveEmployeeAsync(tenant, "T1", at);

        await using var scope = factory.TenantScope(tenant);
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().SingleAsync(e => e.Id == id);
        var later = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.CountAsync(e => e.UpdatedAtUtc > at.AddTicks(-10));

        Assert.Equal(DateTimeKind.Utc, stored.UpdatedAtUtc.Kind);
        Assert.Equal(at, stored.UpdatedAtUtc);
        Assert.Equal(1, later);
    }

    [Fact]
    public async Task EditFromAStaleCopy_IsRefused_AndTheFirstEditStays()
    {
        var tenant = await factory.NewTenantAsync("parity-stale");
        var now = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var id = await SaveEmployeeAsync(tenant, "C1", now);

        await using var first = factory.TenantScope(tenant);
        await using var second = factory.TenantScope(tenant);
        var mine = await first.ServiceProvider.GetRequiredService<AppDbContext>().Employees.SingleAsync(e => e.Id == id);
        var theirs = await second.ServiceProvider.GetRequiredService<AppDbContext>().Employees.SingleAsync(e => e.Id == id);
        mine.UpdateProfile(Profile("最初 の変更"), now.AddMinutes(1));
        theirs.UpdateProfile(Profile("後 の変更"), now.AddMinutes(2));

        await first.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync());

        await using var check = factory.TenantScope(tenant);
        Assert.Equal("最初 の変更", (await check.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().SingleAsync(e => e.Id == id)).Name);
    }

    private async Task<EmployeeId> SaveEmployeeAsync(TenantId tenant, string number, DateTime at)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var employee = Employee.Register(tenant, EmployeeNumber.Create(number), Profile("山田 太郎"), at);
        db.Add(employee);
        await db.SaveChangesAsync();
        return employee.Id;
    }

    private static EmployeeProfile Profile(string name) =>
        EmployeeProfile.Create(name, "ヤマダ タロウ", new DateOnly(1985, 4, 1), Gender.Male, "100-0001", "東京都千代田区千代田1-1",
            new DateOnly(2010, 4, 1), null, "D01", "総務部", null);
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class ProviderParityTests(EmployeesWebApplicationFactory factory) : ProviderParityTests<EmployeesWebApplicationFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ProviderParityTestsOnPostgreSql(PostgreSqlEmployeesWebApplicationFactory factory) : ProviderParityTests<PostgreSqlEmployeesWebApplicationFactory>(factory);
