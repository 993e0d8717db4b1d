using YearEndAdjustment.Application.Employees.Import;
using System.Text;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>R-10/R-11 through the employee CSV: user IDs are created once, leavers' accounts are disabled.</summary>
public sealed class AccountsFromCsvTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    private const string Header = "社員番号,氏名,フリガナ,生年月日,入社日,退職日,メールアドレス,ログインID,権限,初期パスワード";

    [Fact]
    public async Task LoginIdColumns_CreateAccountsOnce_WithForcedChange_OrInvitation()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-accounts")).TenantId);
        var csv = Csv(
            "3001,木村 一郎,キムラ イチロウ,1980/01/01,2010/04/01,,,kimura,一般,spring garden morning walk",
            "3002,林 花子,ハヤシ ハナコ,1985/05/05,2012/04/01,,hayashi@example.com,hayashi,一般,");

        var first = await ImportAsync(tenant, csv);
        var second = await ImportAsync(tenant, csv);
        var signIn = await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "csv-accounts", "kimura", "spring garden morning walk");

        Assert.True(first.Applied);
        Assert.Equal(2, first.AccountsCreated);
        Assert.Equal(1, first.AccountsInvited);
        Assert.Equal(0, second.AccountsCreated);
        Assert.Single(factory.Mail.To("hayashi@example.com"));
        Assert.Equal("/csv-accounts/account/password", signIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task LeaveDateInThePast_DisablesTheLinkedAccount_AndItsSession()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-leaver")).TenantId);
        await ImportAsync(tenant, Csv("3101,森 次郎,モリ ジロウ,1979/03/03,2005/04/01,,,mori,一般,autumn leaves falling slowly"));
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, "csv-leaver", "mori", "autumn leaves falling slowly", "mori's own passphrase 2026");

        var leaving = await ImportAsync(tenant, Csv("3101,森 次郎,モリ ジロウ,1979/03/03,2005/04/01,2025/03/31,,mori,一般,autumn leaves falling slowly"));
        var after = await user.GetAsync("/csv-leaver/account/history");

        Assert.Equal(1, leaving.AccountsDisabled);
        Assert.Equal("/csv-leaver/login", after.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task LeaveDateToday_WithoutUserIdColumns_DisablesTheLinkedAccount_AsThePreviewSaid()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-leaver-nocol")).TenantId);
        await ImportAsync(tenant, Csv("3501,岡 三郎,オカ サブロウ,1979/03/03,2005/04/01,,,oka,一般,winter harbour lights glow"));
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, "csv-leaver-nocol", "oka", "winter harbour lights glow", "oka's own passphrase 2026");
        var today = JapanTime.DateOf(DateTime.UtcNow).ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture);
        const string header = "社員番号,氏名,フリガナ,生年月日,入社日,退職日";
        var file = $"3501,岡 三郎,オカ サブロウ,1979/03/03,2005/04/01,{today}";

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(Plain(header, file)), tenant);
        var leaving = await ImportAsync(tenant, Plain(header, file));
        var after = await user.GetAsync("/csv-leaver-nocol/account/history");
        var again = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(Plain(header, file)), tenant);

        Assert.Equal((1, 1), (preview.Leaving, preview.ToDisable));
        Assert.Equal(1, leaving.AccountsDisabled);
        Assert.Equal("/csv-leaver-nocol/login", after.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal((0, 0), (again.Leaving, again.ToDisable));
    }

    [Fact]
    public async Task LeaverWhoseAccountIsStillEnabled_IsDisabledByTheNextImport_WithTheUserIdColumn()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-leaver-again")).TenantId);
        await ImportAsync(tenant, Csv("3601,辻 四郎,ツジ シロウ,1979/04/04,2005/04/01,,,tsuji,一般,summer meadow bright flowers"));
        var left = Csv("3601,辻 四郎,ツジ シロウ,1979/04/04,2005/04/01,2025/03/31,,tsuji,一般,");
        await ImportAsync(tenant, left);
        await using (var scope = factory.TenantScope(tenant))
        {
            // An admin let the leaver back in by hand: the master still says they left.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Accounts.SingleAsync(a => a.LoginId == LoginId.Create("tsuji"))).Enable();
            await db.SaveChangesAsync();
        }

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(Csv("3601,辻 四郎,ツジ シロウ,1979/04/04,2005/04/01,2025/03/31,,tsuji,一般,")), tenant);
        var result = await ImportAsync(tenant, Csv("3601,辻 四郎,ツジ シロウ,1979/04/04,2005/04/01,2025/03/31,,tsuji,一般,"));

        Assert.Equal((0, 1, 1), (preview.Changed, preview.Unchanged, preview.ToDisable));
        Assert.Equal(1, result.AccountsDisabled);
        await using var check = factory.TenantScope(tenant);
        Assert.True((await check.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.SingleAsync(a => a.LoginId == LoginId.Create("tsuji"))).IsDisabled);
    }

    [Fact]
    public async Task LoginIdOfAnotherEmployee_IsRefused_OnTheLoginIdColumn()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-steal-id")).TenantId);
        await ImportAsync(tenant, Csv("3701,西 五郎,ニシ ゴロウ,1979/05/05,2005/04/01,,,nishi,一般,autumn forest quiet path"));

        var result = await ImportAsync(tenant, Csv("3702,東 六郎,ヒガシ ロクロウ,1980/06/06,2006/04/01,,,nishi,一般,"));

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.Line == 2 && e.Column == "ログインID");
    }

    [Fact]
    public async Task InitialPasswords_AreHashedBeforeAnythingIsWritten_WithProgress()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-hash-first")).TenantId);
        var progress = new List<EmployeeImportProgress>();

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(Csv(
            "3401,上田 一郎,ウエダ イチロウ,1980/01/01,2005/04/01,,,ueda,一般,quiet river stone bridge",
            "3402,小林 二郎,コバヤシ ジロウ,1981/02/02,2006/04/01,,,kobayashi,一般,bright winter morning sun",
            "3403,中村 三郎,ナカムラ サブロウ,1982/03/03,2007/04/01,,,nakamura,一般,gentle autumn evening rain"),
            Progress: new Collecting(progress)), tenant);

        Assert.True(result.Applied, string.Join(" / ", result.Errors));
        Assert.Equal(3, result.AccountsCreated);
        var hashing = progress.Where(p => p.Stage == EmployeeImportStage.HashingPasswords).ToList();
        Assert.Equal((3L, 3L), (hashing[^1].Done, hashing[^1].Total));
        var lastHash = progress.FindLastIndex(p => p.Stage == EmployeeImportStage.HashingPasswords);
        var firstWrite = progress.FindIndex(p => p.Stage is EmployeeImportStage.Writing or EmployeeImportStage.Finishing);
        Assert.True(lastHash < firstWrite, "Passwords must be hashed before the write pass starts.");
        var signIn = await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "csv-hash-first", "kobayashi", "bright winter morning sun");
        Assert.Contains("/account/password", signIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private sealed class Collecting(List<EmployeeImportProgress> reports) : IProgress<EmployeeImportProgress>
    {
        public void Report(EmployeeImportProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    [Fact]
    public async Task WeakInitialPassword_RefusesTheWholeFile_AndWritesNothing()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-weak")).TenantId);

        var result = await ImportAsync(tenant, Csv(
            "3201,佐々木 三郎,ササキ サブロウ,1990/09/09,2015/04/01,,,sasaki,一般,short",
            "3202,石井 四郎,イシイ シロウ,1991/10/10,2016/04/01,,,ishii,一般,a perfectly fine passphrase"));

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.Line == 2 && e.Column == "初期パスワード");
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(0, await db.Employees.CountAsync());
        Assert.Equal(1, await db.Accounts.CountAsync());
    }

    [Fact]
    public async Task AdminRoleInCsv_FromLimitedAdmin_IsRefused()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("csv-escalate")).TenantId);

        var result = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(Csv("3301,高木 五郎,タカギ ゴロウ,1970/01/01,2000/04/01,,,takagi,管理者,a perfectly fine passphrase")),
            tenant, Permission.ManageEmployees | Permission.ManageAccounts);

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.Message.Contains("管理者だけです", StringComparison.Ordinal));
    }

    private Task<EmployeeImportResult> ImportAsync(TenantId tenant, MemoryStream csv) =>
        factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(csv), tenant);

    private static MemoryStream Plain(string header, params string[] rows) =>
        new(Encoding.UTF8.GetBytes(string.Join("\r\n", [header, .. rows]) + "\r\n"));

    private static MemoryStream Csv(params string[] rows) =>
        new(Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n"));
}
