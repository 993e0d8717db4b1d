using FluentValidation;
using Mediator;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Application.Tenants.ListTenants;
using YearEndAdjustment.Application.Tenants.SeedDemoTenant;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Web.Composition;
using YearEndAdjustment.Web.Startup;

namespace YearEndAdjustment.Web.Cli;

/// <summary>
/// Operator commands on the web host's executable (R-02): <c>tenant create --slug S --name N</c>,
/// <c>tenant list</c> and <c>tenant seed-demo --slug S --employees N --year Y [--seed K] [--force]</c>.
/// Exit codes: 0 done, 2 bad input (nothing was created), 1 unexpected failure.
/// Any other <c>--Key=Value</c> argument is host configuration (e.g. the connection string).
/// </summary>
public static class OperatorCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] is "tenant" or "maintenance" or "announce" or "backup" or "help" or "--help";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args[0] == "maintenance")
        {
            return await MaintenanceCli.RunAsync(args.Skip(1).ToList(), stdout, stderr);
        }

        if (args[0] is "announce" or "backup")
        {
            return await LifecycleCli.RunAsync(args[0], args.Skip(1).ToList(), stdout, stderr);
        }

        if (args.Count >= 2 && args[0] == "tenant" && args[1] is "end" or "purge-status")
        {
            return await LifecycleCli.RunAsync(args[1], args.Skip(2).ToList(), stdout, stderr);
        }

        if (args[0] is "help" or "--help" || args.Count < 2)
        {
            await stdout.WriteAsync(Usage);
            return args[0] is "help" or "--help" ? Ok : BadInput;
        }

        var (options, hostArgs) = ParseOptions(args.Skip(2));
        try
        {
            return args[1] switch
            {
                "create" => await CreateAsync(options, hostArgs, stdout, stderr),
                "list" => await ListAsync(hostArgs, stdout),
                "seed-demo" => await SeedDemoAsync(options, hostArgs, stdout, stderr),
                _ => await UnknownAsync(args[1], stderr),
            };
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                await stderr.WriteLineAsync($"エラー: {error.ErrorMessage}");
            }

            return BadInput;
        }
        catch (DomainRuleViolationException ex)
        {
            await stderr.WriteLineAsync($"エラー: {ex.Message}");
            return BadInput;
        }
    }

    private const string Usage = """
        使い方 / Usage:
          tenant create --slug <識別子> --name <テナント名>   テナントとADMIN IDを作成し、開通通知を表示します
          tenant list                                        テナントの一覧を表示します
          maintenance on [--until HH:MM] [--message 文]      メンテナンス中にします（全ノードが503を返します）
          maintenance off | maintenance status               メンテナンスを終える / 状態を表示します
          tenant end --slug <識別子> --date YYYY-MM-DD        契約終了日を設定します（この日からサインイン不可、60日後までに全削除）
          tenant end --slug <識別子> --cancel                 終了日の前なら契約終了を取り消します
          tenant purge-status [--slug <識別子>]               削除の記録（種類ごとの件数、開始・終了時刻）を表示します
          announce --title <題> --body <本文> [--slug <識別子>] --from YYYY-MM-DD --to YYYY-MM-DD
                                                             お知らせを掲載し、管理者にメールします（--slug なしで全テナント）
          backup --to <ファイル>                              稼働中のままデータベースを複製し、サイズとSHA-256を表示します
          tenant seed-demo --slug <識別子> --employees <人数> --year <年分> [--seed <数>] [--force]
                                                             デモ用テナントに架空の従業員・家族・給与・申告書を入れます
                                                             （識別子か名前に demo/デモ を含むテナントだけ。ほかは --force）
        識別子: 半角英小文字・数字・ハイフン、3〜32文字、英字で始まる（例: acme-corp）
        接続先などの設定は --Database:Provider=SqlServer "--ConnectionStrings:Default=..." のように追加できます。

        """;

    private static async Task<int> CreateAsync(Dictionary<string, string?> options, string[] hostArgs, TextWriter stdout, TextWriter stderr)
    {
        if (!options.TryGetValue("slug", out var slug) || !options.TryGetValue("name", out var name))
        {
            await stderr.WriteLineAsync("エラー: --slug と --name の両方を指定してください。");
            await stderr.WriteAsync(Usage);
            return BadInput;
        }

        await using var app = await BuildAsync(hostArgs);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new CreateTenantCommand(slug ?? "", name ?? ""));
        await stdout.WriteLineAsync(OpeningNotice.Format(result, app.Services.GetRequiredService<PublicBaseUrl>().Value));
        return Ok;
    }

    private static async Task<int> ListAsync(string[] hostArgs, TextWriter stdout)
    {
        await using var app = await BuildAsync(hostArgs);
        await using var scope = app.Services.CreateAsyncScope();
        var tenants = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListTenantsQuery());
        if (tenants.Count == 0)
        {
            await stdout.WriteLineAsync("テナントはまだありません。");
            return Ok;
        }

        await stdout.WriteLineAsync("識別子\tテナント名\t状態\t契約終了日\t作成日時(UTC)");
        foreach (var t in tenants)
        {
            await stdout.WriteLineAsync($"{t.Slug}\t{t.DisplayName}\t{t.Status}\t{t.ContractEndDate?.ToString("yyyy-MM-dd") ?? "-"}\t{t.CreatedAtUtc:yyyy-MM-dd HH:mm}");
        }

        return Ok;
    }

    private static async Task<int> SeedDemoAsync(Dictionary<string, string?> options, string[] hostArgs, TextWriter stdout, TextWriter stderr)
    {
        if (!options.TryGetValue("slug", out var slug) || slug is null
            || !TryInt(options, "employees", null, out var employees) || !TryInt(options, "year", null, out var year) || !TryInt(options, "seed", 1, out var seed))
        {
            await stderr.WriteLineAsync("エラー: --slug <識別子> --employees <人数> --year <年分> を指定してください（--seed は整数）。");
            return BadInput;
        }

        await using var app = await BuildAsync(hostArgs);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new SeedDemoTenantCommand(slug, employees, year, seed, options.ContainsKey("force")));
        await stdout.WriteLineAsync(
            $"デモデータを入れました / Demo data seeded: {result.Employees:N0} 人, 家族 {result.FamilyMembers:N0} 人, "
            + $"{year}年分の申告書 未着手 {result.NotStarted:N0} / 入力中 {result.Draft:N0} / 提出済み {result.Submitted:N0} "
            + $"({result.Elapsed.TotalSeconds:F1} s)");
        await stdout.WriteLineAsync($"従業員アカウント / Employee account: {result.EmployeeLoginId} (社員番号 {result.EmployeeNumber})");
        await stdout.WriteLineAsync($"初期パスワード / Initial password: {result.InitialPassword}");
        return Ok;
    }

    private static bool TryInt(Dictionary<string, string?> options, string name, int? fallback, out int value)
    {
        if (!options.TryGetValue(name, out var text))
        {
            value = fallback ?? 0;
            return fallback is not null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static async Task<int> UnknownAsync(string verb, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"エラー: 不明なコマンド「tenant {verb}」です。");
        await stderr.WriteAsync(Usage);
        return BadInput;
    }

    internal static async Task<WebApplication> BuildAsync(string[] hostArgs)
    {
        var builder = WebApplication.CreateBuilder(hostArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCoreServices(builder.Configuration);
        var app = builder.Build();
        await app.Services.MigrateDatabaseAsync();
        return app;
    }

    /// <summary>Splits our own options (<c>--slug x</c>) from host configuration (<c>--Key=Value</c>).</summary>
    private static (Dictionary<string, string?> Options, string[] HostArgs) ParseOptions(IEnumerable<string> words)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var hostArgs = new List<string>();
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            if (word is "--slug" or "--name" or "--employees" or "--year" or "--seed")
            {
                options[word[2..]] = i + 1 < list.Count ? list[++i] : null;
            }
            else if (word is "--force")
            {
                options["force"] = null;
            }
            else
            {
                hostArgs.Add(word);
            }
        }

        return (options, hostArgs.ToArray());
    }
}
