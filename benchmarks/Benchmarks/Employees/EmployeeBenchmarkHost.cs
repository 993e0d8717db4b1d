using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Benchmarks.Employees;

/// <summary>
/// The real host on a temporary SQLite file, used by the benchmarks and the peak-memory harness. Use cases run through
/// the real Mediator pipeline inside a tenant, exactly as the web host runs them.
/// </summary>
public sealed class EmployeeBenchmarkHost : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "YEA_BENCH_POSTGRES";

    private readonly string _root;
    private readonly bool _keep;
    private int _tenants;

    public EmployeeBenchmarkHost()
        : this(Path.Combine(Path.GetTempPath(), $"yea-bench-{Guid.NewGuid():N}"), keep: false)
    {
    }

    /// <summary>A host on <paramref name="root"/>'s database and keys; <paramref name="keep"/> leaves them for another process (the load benchmark).</summary>
    public EmployeeBenchmarkHost(string root, bool keep)
    {
        _root = root;
        _keep = keep;
        Directory.CreateDirectory(_root);

        // Outside a test project WebApplicationFactory cannot guess the web project's folder; point it there.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "src", "Web", "Web.csproj")))
            {
                Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_YEARENDADJUSTMENT_WEB", Path.Combine(dir.FullName, "src", "Web"));
                break;
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // YEA_BENCH_POSTGRES=<connection string> runs the same harnesses on PostgreSQL (ADR 0045); the database is
        // created by the migrations if missing.
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        builder.UseSetting("ConnectionStrings:Default", string.IsNullOrEmpty(postgres) ? $"Data Source={Path.Combine(_root, "bench.db")}" : postgres);
        builder.UseSetting("Database:Provider", string.IsNullOrEmpty(postgres) ? "Sqlite" : "PostgreSql");
        builder.UseSetting("Jobs:Enabled", "false"); // no maintenance-window job during a measurement
        builder.UseSetting("Demo:CreateOnFirstStart", "false");
        builder.UseSetting("Security:KeyDirectory", Path.Combine(_root, "keys"));
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_root, "dp-keys"));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public async Task<TenantId> NewTenantAsync()
    {
        var slug = $"bench-{Interlocked.Increment(ref _tenants)}-{Guid.NewGuid().ToString("N")[..6]}";
        var result = await SendAsync<CreateTenantResult>(new CreateTenantCommand(slug, "ベンチマーク株式会社"), null);
        return new TenantId(result.TenantId);
    }

    /// <summary>The tenant's ADMIN account (created with the tenant).</summary>
    public async Task<Guid> AdminAccountAsync(TenantId tenant)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "bench", "bench");
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
        return await db.Accounts.Where(a => a.Role == Domain.Accounts.AccountRole.Admin).Select(a => a.Id.Value).FirstAsync();
    }

    public Task<T> SendAsync<T>(IMessage message, TenantId? tenant) => SendAsync<T>(message, tenant, Guid.NewGuid());

    /// <summary>As <paramref name="account"/> (a job queued by the message runs with that account's rights).</summary>
    public async Task<T> SendAsync<T>(IMessage message, TenantId? tenant, Guid account)
    {
        await using var scope = Services.CreateAsyncScope();
        if (tenant is { } id)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(id, "bench", "bench");
        }

        // An admin's identity, as a signed-in request would carry (the use cases check permissions).
        var accessor = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        accessor.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [
                new(Web.Identity.ClaimNames.Account, account.ToString()),
                new(System.Security.Claims.ClaimTypes.Role, "Admin"),
                new(Web.Identity.ClaimNames.Permissions, ((int)Domain.Accounts.Permission.All).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ], "bench")),
        };
        try
        {
            return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>The file of <see cref="EmployeeFile"/> written straight to disk, without holding it in memory.</summary>
    public static void WriteEmployeeFile(string path, int rows, bool shiftJis)
    {
        using var writer = new StreamWriter(path, append: false, shiftJis ? CodePagesShiftJis() : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        WriteEmployeeRows(writer, rows);
    }

    /// <summary>A realistic employee file: Japanese names and addresses, a mix of 西暦 and 和暦 dates, quoted fields, My Numbers.</summary>
    public static byte[] EmployeeFile(int rows, bool shiftJis)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, shiftJis ? CodePagesShiftJis() : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            WriteEmployeeRows(writer, rows);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Payroll totals (UTF-8 with BOM, the layout of samples/payroll-totals-2025-utf8.csv) for the employees of
    /// <see cref="EmployeeFile"/>, one row each: E0000000, E0000001, ...
    /// </summary>
    public static void WritePayrollFile(string path, int rows)
    {
        using var text = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        text.Write("社員番号,給与支給額,賞与支給額,源泉徴収税額,社会保険料等,前職支払金額,前職源泉徴収税額,前職社会保険料等\r\n");
        for (var i = 0; i < rows; i++)
        {
            var salary = 2_400_000 + (i % 97) * 37_000;
            var previous = i % 10 == 0 ? 1_200_000 : 0;
            text.Write(string.Create(CultureInfo.InvariantCulture,
                $"E{i:D7},{salary},{salary / 4},{salary / 30},{salary * 15 / 100},{previous},{previous / 30},{previous * 15 / 100}\r\n"));
        }
    }

    private static void WriteEmployeeRows(TextWriter text, int rows)
    {
        text.Write("社員番号,氏名,フリガナ,生年月日,性別,郵便番号,住所,入社日,退職日,部署コード,部署名,メールアドレス,個人番号,ログインID,権限,初期パスワード\r\n");
        string[] family = ["山田", "佐藤", "鈴木", "髙橋", "田中", "伊藤", "渡辺", "中村"];
        string[] familyKana = ["ヤマダ", "サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ナカムラ"];
        string[] given = ["太郎", "花子", "一郎", "美咲", "健", "由美"];
        string[] givenKana = ["タロウ", "ハナコ", "イチロウ", "ミサキ", "ケン", "ユミ"];
        for (var i = 0; i < rows; i++)
        {
            var f = i % family.Length;
            var g = i % given.Length;
            var birth = new DateOnly(1960 + (i % 40), 1 + (i % 12), 1 + (i % 28));
            var birthText = i % 3 == 0
                ? (birth.Year >= 1989 ? $"H{birth.Year - 1988}.{birth.Month}.{birth.Day}" : $"S{birth.Year - 1925}.{birth.Month}.{birth.Day}")
                : birth.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
            var first11 = (10_000_000_000L + i).ToString("D11", CultureInfo.InvariantCulture);
            var myNumber = first11 + MyNumber.ComputeCheckDigit(first11);
            text.Write(string.Create(CultureInfo.InvariantCulture,
                $"E{i:D7},{family[f]} {given[g]},{familyKana[f]} {givenKana[g]},{birthText},{(i % 2 == 0 ? "男" : "女")},100-{i % 10000:D4},"
                + $"\"東京都千代田区千代田{1 + (i % 9)}-{1 + (i % 30)}, {i % 20}階\",2015/04/01,,D{i % 50:D3},\"第{i % 50}営業部\",e{i}@example.jp,{myNumber},,,\r\n"));
        }
    }

    private static Encoding CodePagesShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_keep)
        {
            return;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
