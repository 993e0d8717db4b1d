using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations.OpenTaxYear;
using YearEndAdjustment.Infrastructure.Jobs;
using System.Text;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Benchmarks.Employees;

/// <summary>
/// Seeds the database of <c>scripts/load-bench.sh</c>: <c>load-seed &lt;folder&gt; &lt;slug&gt; &lt;rows&gt;</c> opens the tenant and
/// imports the rows through the real import use case, then prints <c>INITIAL_PASSWORD=…</c> for the script's sign-in.
/// Names come from 50 family and 50 given names, so a full-name search finds a few dozen people and a family name
/// about 2% of the staff, roughly as in a real company (the import benchmark's file has only 24 distinct names).
/// </summary>
public static class LoadBenchSeed
{
    public const string Command = "load-seed";

    /// <summary>The first employee's user ID (imported with the rows); the password must be changed at first sign-in.</summary>
    public const string EmployeeLogin = "emp0";

    public const string EmployeePassword = "Bench-initial-0001";

    private static readonly string[] Family =
    [
        "佐藤:サトウ", "鈴木:スズキ", "高橋:タカハシ", "田中:タナカ", "伊藤:イトウ", "渡辺:ワタナベ", "山本:ヤマモト", "中村:ナカムラ",
        "小林:コバヤシ", "加藤:カトウ", "吉田:ヨシダ", "山田:ヤマダ", "佐々木:ササキ", "山口:ヤマグチ", "松本:マツモト", "井上:イノウエ",
        "木村:キムラ", "林:ハヤシ", "斎藤:サイトウ", "清水:シミズ", "山崎:ヤマザキ", "森:モリ", "池田:イケダ", "橋本:ハシモト",
        "阿部:アベ", "石川:イシカワ", "山下:ヤマシタ", "中島:ナカジマ", "石井:イシイ", "小川:オガワ", "前田:マエダ", "岡田:オカダ",
        "長谷川:ハセガワ", "藤田:フジタ", "後藤:ゴトウ", "近藤:コンドウ", "村上:ムラカミ", "遠藤:エンドウ", "青木:アオキ", "坂本:サカモト",
        "斉藤:サイトウ", "福田:フクダ", "太田:オオタ", "西村:ニシムラ", "藤井:フジイ", "金子:カネコ", "岡本:オカモト", "藤原:フジワラ",
        "中野:ナカノ", "三浦:ミウラ",
    ];

    private static readonly string[] Given =
    [
        "誠:マコト", "翔:ショウ", "大輔:ダイスケ", "拓也:タクヤ", "健太:ケンタ", "直樹:ナオキ", "達也:タツヤ", "剛:ツヨシ", "浩:ヒロシ", "学:マナブ",
        "隆:タカシ", "明:アキラ", "亮:リョウ", "修:オサム", "悠斗:ユウト", "蓮:レン", "大翔:ヒロト", "陽太:ヨウタ", "湊:ミナト", "樹:イツキ",
        "太郎:タロウ", "一郎:イチロウ", "健:ケン", "智:サトシ", "淳:ジュン", "陽子:ヨウコ", "恵子:ケイコ", "裕子:ユウコ", "美香:ミカ", "愛:アイ",
        "花子:ハナコ", "美咲:ミサキ", "由美:ユミ", "真由美:マユミ", "智子:トモコ", "久美子:クミコ", "直子:ナオコ", "明美:アケミ", "陽菜:ヒナ", "結衣:ユイ",
        "葵:アオイ", "さくら:サクラ", "彩:アヤ", "舞:マイ", "千尋:チヒロ", "優子:ユウコ", "香織:カオリ", "奈々:ナナ", "紀子:ノリコ", "瞳:ヒトミ",
    ];

    public static async Task RunAsync(string[] args)
    {
        var folder = Path.GetFullPath(args[1]);
        var slug = args[2];
        var rows = int.Parse(args[3], CultureInfo.InvariantCulture);
        var file = Path.Combine(folder, "employees.csv");
        Directory.CreateDirectory(folder);
        WriteFile(file, rows);

        using var host = new EmployeeBenchmarkHost(folder, keep: true);
        var tenant = await host.SendAsync<CreateTenantResult>(new CreateTenantCommand(slug, "負荷試験株式会社"), null);
        await using (var upload = File.OpenRead(file))
        {
            var result = await host.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(upload), new TenantId(tenant.TenantId));
            if (result is not { Applied: true } || result.Added != rows)
            {
                throw new InvalidOperationException("Import failed: " + string.Join(" / ", result.Errors.Take(5)));
            }
        }

        File.Delete(file);

        // Tax year 2026 opened for everyone through the real use case and its job, so the dashboard, the declaration
        // list and the employee's flow run on 100,000 declarations.
        var opening = Stopwatch.StartNew();
        var admin = await host.AdminAccountAsync(new TenantId(tenant.TenantId));
        await host.SendAsync<OpenTaxYearResult>(
            new OpenTaxYearCommand(2026, new DateOnly(2026, 12, 25), true, [], []), new TenantId(tenant.TenantId), admin);
        await host.Services.GetRequiredService<BackgroundJobRunner>().RunNextAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OPENED_2026_SECONDS={opening.Elapsed.TotalSeconds:F1}"));

        // What the first night's maintenance window does: planner statistics for SQLite (ADR 0049).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Infrastructure.Tenancy.TenantContext>().EnterSystem();
            await new DatabaseStatisticsJob().RunAsync(scope.ServiceProvider, DateTime.UtcNow, CancellationToken.None);
        }
        Console.WriteLine($"INITIAL_PASSWORD={tenant.InitialPassword}");
        Console.WriteLine($"EMPLOYEE_LOGIN={EmployeeLogin}");
        Console.WriteLine($"EMPLOYEE_PASSWORD={EmployeePassword}");
    }

    private static void WriteFile(string path, int rows)
    {
        using var text = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        text.Write("社員番号,氏名,フリガナ,生年月日,性別,郵便番号,住所,入社日,退職日,部署コード,部署名,メールアドレス,個人番号,ログインID,権限,初期パスワード\r\n");
        // Seeded, so every run has the same staff; independent draws, so no name pair falls only on leavers.
        var random = new Random(20261206);
        for (var i = 0; i < rows; i++)
        {
            var family = Family[random.Next(Family.Length)].Split(':');
            var given = Given[random.Next(Given.Length)].Split(':');
            var birth = new DateOnly(1960 + (i % 40), 1 + (i % 12), 1 + (i % 28));
            var leave = random.Next(20) == 0 && i > 0 ? "2020/03/31" : "";
            var login = i == 0 ? $"{EmployeeLogin},一般,{EmployeePassword}" : ",,";
            var first11 = (10_000_000_000L + i).ToString("D11", CultureInfo.InvariantCulture);
            text.Write(string.Create(CultureInfo.InvariantCulture,
                $"E{i:D7},{family[0]} {given[0]},{family[1]} {given[1]},{birth:yyyy/MM/dd},{(i % 2 == 0 ? "男" : "女")},100-{i % 10000:D4},"
                + $"東京都千代田区千代田{1 + (i % 9)}-{1 + (i % 30)},2015/04/01,{leave},D{i % 50:D3},第{i % 50}営業部,e{i}@example.jp,"
                + $"{first11}{MyNumber.ComputeCheckDigit(first11)},{login}\r\n"));
        }
    }
}
