using System.Globalization;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.Cli;

/// <summary>
/// R-22 for the operator: <c>maintenance on [--until HH:MM] [--message TEXT]</c>, <c>maintenance off</c>,
/// <c>maintenance status</c>. The switch lives in the database, so every node follows it within two seconds.
/// Bad input exits 2 with one line and changes nothing.
/// </summary>
public static class MaintenanceCli
{
    public const int MessageMaxLength = 500;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var verb = args.Count > 0 ? args[0] : "";
        string? until = null, message = null;
        var hostArgs = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--until" when i + 1 < args.Count:
                    until = args[++i];
                    break;
                case "--message" when i + 1 < args.Count:
                    message = args[++i];
                    break;
                case "--until" or "--message":
                    await stderr.WriteLineAsync($"エラー: {args[i]} の値がありません。");
                    return OperatorCli.BadInput;
                default:
                    hostArgs.Add(args[i]);
                    break;
            }
        }

        if (verb is not ("on" or "off" or "status"))
        {
            await stderr.WriteLineAsync("エラー: maintenance on [--until HH:MM] [--message 文] / maintenance off / maintenance status のどれかを指定してください。");
            return OperatorCli.BadInput;
        }

        TimeOnly? end = null;
        if (until is not null)
        {
            if (!TimeOnly.TryParseExact(until, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await stderr.WriteLineAsync("エラー: --until は日本時間の HH:MM（00:00〜23:59）で指定してください。");
                return OperatorCli.BadInput;
            }

            end = parsed;
        }

        if (message is { Length: > MessageMaxLength })
        {
            await stderr.WriteLineAsync($"エラー: --message は{MessageMaxLength}文字以内にしてください。");
            return OperatorCli.BadInput;
        }

        if (verb != "on" && (until is not null || message is not null))
        {
            await stderr.WriteLineAsync("エラー: --until と --message は maintenance on でだけ使えます。");
            return OperatorCli.BadInput;
        }

        await using var app = await OperatorCli.BuildAsync([.. hostArgs]);
        var maintenance = app.Services.GetRequiredService<IMaintenanceMode>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        switch (verb)
        {
            case "on":
                var untilUtc = end is { } t ? NextJapanTime(clock.GetUtcNow().UtcDateTime, t) : (DateTime?)null;
                await maintenance.SetAsync(new MaintenanceState(true, untilUtc, string.IsNullOrWhiteSpace(message) ? null : message.Trim()), CancellationToken.None);
                await stdout.WriteLineAsync(untilUtc is { } u
                    ? $"メンテナンス中にしました（{JapanTime.ToJapan(u):yyyy-MM-dd HH:mm} 日本時間まで）。"
                    : "メンテナンス中にしました（終了時刻なし: maintenance off で終えます）。");
                break;
            case "off":
                await maintenance.SetAsync(MaintenanceState.Off, CancellationToken.None);
                await stdout.WriteLineAsync("メンテナンスを終えました。");
                break;
            default:
                var state = await maintenance.CurrentAsync(CancellationToken.None);
                await stdout.WriteLineAsync(!state.IsOn ? "off"
                    : state.UntilUtc is { } end2 ? $"on until {JapanTime.ToJapan(end2):yyyy-MM-dd HH:mm} JST" : "on");
                break;
        }

        return OperatorCli.Ok;
    }

    /// <summary>The next time <paramref name="time"/> comes round in Japan, as UTC (today's, or tomorrow's if past).</summary>
    public static DateTime NextJapanTime(DateTime utcNow, TimeOnly time)
    {
        var japanNow = JapanTime.ToJapan(utcNow);
        var candidate = japanNow.Date + time.ToTimeSpan();
        if (candidate <= japanNow)
        {
            candidate = candidate.AddDays(1);
        }

        return DateTime.SpecifyKind(candidate - JapanTime.Offset, DateTimeKind.Utc);
    }
}
