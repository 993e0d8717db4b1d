using FluentValidation;
using Mediator;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Application.Tenants.ListTenants;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Web.Composition;
using YearEndAdjustment.Web.Startup;

namespace YearEndAdjustment.Web.Cli;

/// <summary>
/// Operator commands on the web host's executable (R-02): <c>tenant create --slug S --name N</c> and
/// <c>tenant list</c>. Exit codes: 0 done, 2 bad input (nothing was created), 1 unexpected failure.
/// Any other <c>--Key=Value</c> argument is host configuration (e.g. the connection string).
/// </summary>
public static class OperatorCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] is "tenant" or "maintenance" or "help" or "--help";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args[0] == "maintenance")
        {
            return await MaintenanceCli.RunAsync(args.Skip(1).ToList(), stdout, stderr);
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
            if (word is "--slug" or "--name")
            {
                options[word[2..]] = i + 1 < list.Count ? list[++i] : null;
            }
            else
            {
                hostArgs.Add(word);
            }
        }

        return (options, hostArgs.ToArray());
    }
}
