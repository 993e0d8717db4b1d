using Microsoft.Data.Sqlite;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.IntegrationTests.Cli;

/// <summary>Issue 11 item 9: <c>tenant seed-demo</c> on the operator's own database file.</summary>
public sealed class SeedDemoCommandTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"yea-seed-{Guid.NewGuid():N}.db");
    private readonly string _keys = Path.Combine(Path.GetTempPath(), $"yea-seed-keys-{Guid.NewGuid():N}");

    [Fact]
    public async Task SeedDemo_WritesEmployeesFamiliesPayrollAndDeclarations_AndPrintsTheEmployeeSignIn()
    {
        await RunAsync("tenant", "create", "--slug", "demo-a", "--name", "デモ株式会社");

        var (code, stdout, stderr) = await RunAsync("tenant", "seed-demo", "--slug", "demo-a", "--employees", "200", "--year", "2025", "--seed", "7");

        Assert.Equal((OperatorCli.Ok, ""), (code, stderr));
        Assert.Contains("200 人", stdout);
        Assert.Matches("初期パスワード / Initial password: [A-Za-z2-9]{16}", stdout);
        await using var db = Open();
        var employees = await db.Employees.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        Assert.Equal(200, employees.Count);
        Assert.All(employees, e => Assert.True(e.HasMyNumber));
        Assert.Contains(employees, e => e.FamilyMembers.Any(m => m.Relationship == FamilyRelationship.Spouse && m.EstimatedIncome.Value == 0));
        Assert.Contains(employees, e => e.FamilyMembers.Any(m => m.Relationship == FamilyRelationship.Spouse && m.EstimatedIncome.Value > 0));
        Assert.Contains(employees, e => e.FamilyMembers.Any(m => m.Disability == DisabilityKind.Special));
        Assert.Contains(employees, e => e.FamilyMembers.Any(m => m.Relationship == FamilyRelationship.Parent && m.Cohabiting));
        Assert.All(employees.SelectMany(e => e.FamilyMembers), m => Assert.NotNull(m.MyNumberLookup));
        Assert.Equal(200, await db.PayrollTotals.IgnoreQueryFilters().CountAsync());
        var statuses = await db.Declarations.IgnoreQueryFilters().GroupBy(d => d.Status).Select(g => g.Key).ToListAsync();
        Assert.Equal([DeclarationStatus.NotStarted, DeclarationStatus.Draft, DeclarationStatus.Submitted], statuses.Order());
        var account = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.LoginId == Domain.Accounts.LoginId.Create("demo-employee"));
        Assert.NotNull(account.EmployeeId);
        Assert.True(account.HasPassword);
    }

    [Fact]
    public async Task SameSeed_GivesTheSamePeople_InAnotherTenant()
    {
        await RunAsync("tenant", "create", "--slug", "demo-one", "--name", "デモ一");
        await RunAsync("tenant", "create", "--slug", "demo-two", "--name", "デモ二");
        await RunAsync("tenant", "seed-demo", "--slug", "demo-one", "--employees", "50", "--year", "2025", "--seed", "3");
        await RunAsync("tenant", "seed-demo", "--slug", "demo-two", "--employees", "50", "--year", "2025", "--seed", "3");

        await using var db = Open();
        var rows = await db.Employees.IgnoreQueryFilters().AsNoTracking().Select(e => new { e.TenantId, e.Number, e.Name, e.BirthDate }).ToListAsync();
        var one = rows.Where(r => r.TenantId == rows[0].TenantId).OrderBy(r => r.Number.Value).Select(r => (r.Number.Value, r.Name, r.BirthDate)).ToList();
        var two = rows.Where(r => r.TenantId != rows[0].TenantId).OrderBy(r => r.Number.Value).Select(r => (r.Number.Value, r.Name, r.BirthDate)).ToList();
        Assert.Equal(50, one.Count);
        Assert.Equal(one, two);
    }

    [Fact]
    public async Task NonDemoTenant_IsRefusedWithoutForce_AndSeededWithIt()
    {
        await RunAsync("tenant", "create", "--slug", "acme", "--name", "アクメ株式会社");

        var (refused, _, stderr) = await RunAsync("tenant", "seed-demo", "--slug", "acme", "--employees", "10", "--year", "2025");
        var (forced, _, _) = await RunAsync("tenant", "seed-demo", "--slug", "acme", "--employees", "10", "--year", "2025", "--force");
        var (again, _, againError) = await RunAsync("tenant", "seed-demo", "--slug", "acme", "--employees", "10", "--year", "2025", "--force");

        Assert.Equal(OperatorCli.BadInput, refused);
        Assert.Contains("--force", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Equal(OperatorCli.Ok, forced);
        Assert.Equal(OperatorCli.BadInput, again);
        Assert.Contains("既に従業員", againError);
    }

    [Theory]
    [InlineData("--employees", "many", "--year", "2025")]
    [InlineData("--employees", "0", "--year", "2025")]
    [InlineData("--employees", "10", "--year", "2023")]
    [InlineData("--employees", "10")]
    public async Task BadInput_ExitsWithTwo_AndOneLine(params string[] rest)
    {
        await RunAsync("tenant", "create", "--slug", "demo-bad", "--name", "デモ");

        var (code, _, stderr) = await RunAsync(["tenant", "seed-demo", "--slug", "demo-bad", .. rest]);

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    private SqliteAppDbContext Open()
    {
        var tenant = new TenantContext();
        tenant.EnterSystem();
        return new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_databasePath}").Options) { TenantContext = tenant };
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await OperatorCli.RunAsync(
            [.. args, $"--ConnectionStrings:Default=Data Source={_databasePath}", $"--Security:KeyDirectory={_keys}", "--PasswordHashing:Iterations=210000"],
            stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }

        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }
}
