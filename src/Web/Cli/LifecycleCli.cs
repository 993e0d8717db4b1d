using System.Globalization;
using FluentValidation;
using Mediator;
using YearEndAdjustment.Application.Tenants.EndTenantContract;
using YearEndAdjustment.Application.Tenants.GetPurgeStatus;
using YearEndAdjustment.Application.Tenants.PostAnnouncement;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Operations;

namespace YearEndAdjustment.Web.Cli;

/// <summary>
/// The data-lifecycle operator commands (issue 13, ADR 0043): <c>tenant end --slug S --date YYYY-MM-DD</c>,
/// <c>tenant end --slug S --cancel</c>, <c>tenant purge-status [--slug S]</c>,
/// <c>announce --title T --body B [--slug S] --from D --to D</c> and <c>backup --to PATH</c>.
/// Bad input exits 2 with one line and changes nothing.
/// </summary>
public static class LifecycleCli
{
    private static readonly string[] ValueOptions = ["--slug", "--date", "--title", "--body", "--from", "--to"];

    public static async Task<int> RunAsync(string command, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var (options, hostArgs, missing) = Parse(args);
        if (missing is not null)
        {
            return await BadAsync(stderr, $"{missing} の値がありません。 / {missing} needs a value.");
        }

        try
        {
            return command switch
            {
                "end" => await EndAsync(options, hostArgs, stdout, stderr),
                "purge-status" => await PurgeStatusAsync(options, hostArgs, stdout),
                "announce" => await AnnounceAsync(options, hostArgs, stdout, stderr),
                _ => await BackupAsync(options, hostArgs, stdout, stderr),
            };
        }
        catch (ValidationException ex)
        {
            return await BadAsync(stderr, ex.Errors.FirstOrDefault()?.ErrorMessage ?? ex.Message);
        }
        catch (DomainRuleViolationException ex)
        {
            return await BadAsync(stderr, ex.Message);
        }
    }

    private static async Task<int> EndAsync(Dictionary<string, string?> options, string[] hostArgs, TextWriter stdout, TextWriter stderr)
    {
        var cancel = options.ContainsKey("--cancel");
        if (!options.TryGetValue("--slug", out var slug) || string.IsNullOrWhiteSpace(slug))
        {
            return await BadAsync(stderr, "--slug を指定してください。 / Give --slug.");
        }

        DateOnly? date = null;
        if (options.TryGetValue("--date", out var text))
        {
            if (cancel)
            {
                return await BadAsync(stderr, "--date と --cancel は同時に使えません。 / Use either --date or --cancel.");
            }

            if (!TryDate(text, out var parsed))
            {
                return await BadAsync(stderr, "--date は YYYY-MM-DD で指定してください。 / --date must be YYYY-MM-DD.");
            }

            date = parsed;
        }
        else if (!cancel)
        {
            return await BadAsync(stderr, "--date YYYY-MM-DD か --cancel を指定してください。 / Give --date YYYY-MM-DD or --cancel.");
        }

        await using var app = await OperatorCli.BuildAsync(hostArgs);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EndTenantContractCommand(slug, date, cancel));
            await stdout.WriteLineAsync(result.EndDate is { } end
                ? $"{result.Slug}: 契約終了日を {end:yyyy-MM-dd} にしました（この日からサインイン不可）。 / Contract ends on {end:yyyy-MM-dd}."
                : $"{result.Slug}: 契約終了日を取り消しました。 / Contract end cancelled.");
        }

        if (date is not null)
        {
            var mails = await app.Services.GetRequiredService<AnnouncementMailer>().SendDueAsync(CancellationToken.None);
            await stdout.WriteLineAsync($"契約終了のお知らせを掲載し、管理者に {mails} 通のメールを送りました。 / Notice posted; {mails} mails sent.");
        }

        return OperatorCli.Ok;
    }

    private static async Task<int> PurgeStatusAsync(Dictionary<string, string?> options, string[] hostArgs, TextWriter stdout)
    {
        await using var app = await OperatorCli.BuildAsync(hostArgs);
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetPurgeStatusQuery(options.GetValueOrDefault("--slug")));
        if (rows.Count == 0)
        {
            await stdout.WriteLineAsync("契約終了日のあるテナントはありません。 / No tenant has a contract end date.");
            return OperatorCli.Ok;
        }

        await stdout.WriteLineAsync("識別子\t状態\t契約終了日\t削除開始(UTC)\t削除完了(UTC)\t実行回数\t削除件数");
        foreach (var r in rows)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{r.Slug}\t{r.Status}\t{r.ContractEndDate:yyyy-MM-dd}\t{r.StartedAtUtc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-"}\t{r.CompletedAtUtc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-"}\t{r.Runs}\t{(r.Counts.Length == 0 ? "-" : r.Counts)}"));
        }

        return OperatorCli.Ok;
    }

    private static async Task<int> AnnounceAsync(Dictionary<string, string?> options, string[] hostArgs, TextWriter stdout, TextWriter stderr)
    {
        if (!TryDate(options.GetValueOrDefault("--from"), out var from) || !TryDate(options.GetValueOrDefault("--to"), out var to))
        {
            return await BadAsync(stderr, "--from と --to を YYYY-MM-DD で指定してください。 / Give --from and --to as YYYY-MM-DD.");
        }

        await using var app = await OperatorCli.BuildAsync(hostArgs);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PostAnnouncementCommand(
                options.GetValueOrDefault("--title") ?? "", options.GetValueOrDefault("--body") ?? "", options.GetValueOrDefault("--slug"), from, to));
        }

        var mails = await app.Services.GetRequiredService<AnnouncementMailer>().SendDueAsync(CancellationToken.None);
        await stdout.WriteLineAsync($"お知らせを掲載しました（{from:yyyy-MM-dd}〜{to:yyyy-MM-dd}）。管理者へのメール {mails} 通。 / Announcement posted; {mails} mails sent.");
        return OperatorCli.Ok;
    }

    private static async Task<int> BackupAsync(Dictionary<string, string?> options, string[] hostArgs, TextWriter stdout, TextWriter stderr)
    {
        if (!options.TryGetValue("--to", out var path) || string.IsNullOrWhiteSpace(path))
        {
            return await BadAsync(stderr, "--to <ファイル> を指定してください。 / Give --to PATH.");
        }

        if (DatabaseBackup.CheckTarget(path) is { } problem)
        {
            return await BadAsync(stderr, problem);
        }

        await using var app = await OperatorCli.BuildAsync(hostArgs);
        var (size, sha256) = await app.Services.GetRequiredService<DatabaseBackup>().BackUpAsync(path, CancellationToken.None);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(path)}\t{size} bytes\tSHA-256 {sha256}"));
        return OperatorCli.Ok;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static async Task<int> BadAsync(TextWriter stderr, string line)
    {
        await stderr.WriteLineAsync($"エラー: {line}");
        return OperatorCli.BadInput;
    }

    private static (Dictionary<string, string?> Options, string[] HostArgs, string? Missing) Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (ValueOptions.Contains(args[i]))
            {
                if (i + 1 >= args.Count)
                {
                    return (options, [], args[i]);
                }

                options[args[i]] = args[++i];
            }
            else if (args[i] == "--cancel")
            {
                options["--cancel"] = null;
            }
            else
            {
                hostArgs.Add(args[i]);
            }
        }

        return (options, hostArgs.ToArray(), null);
    }
}
