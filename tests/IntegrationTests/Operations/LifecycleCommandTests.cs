using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.IntegrationTests.Operations;

/// <summary>Issue 13: <c>tenant end</c>, <c>tenant purge-status</c>, <c>announce</c> and <c>backup</c> on their own database file.</summary>
public sealed class LifecycleCommandTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"yea-cli-{Guid.NewGuid():N}.db");
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"yea-cli-{Guid.NewGuid():N}");

    private static string Today => JapanTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static string InDays(int days) => JapanTime.DateOf(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    [Theory]
    [InlineData("--slug", "ending-co", "--date", "2000-01-01")]
    [InlineData("--slug", "nobody-co", "--date", "2099-01-01")]
    [InlineData("--slug", "ending-co", "--date", "2099/01/01")]
    [InlineData("--slug", "ending-co", "--date", "2099-02-30")]
    [InlineData("--slug", "ending-co")]
    [InlineData("--slug", "ending-co", "--date", "2099-01-01", "--cancel")]
    [InlineData("--slug", "ending-co", "--cancel")]
    public async Task End_WithBadInput_ExitsTwoWithOneLine_AndChangesNothing(params string[] options)
    {
        await RunAsync("tenant", "create", "--slug", "ending-co", "--name", "終了予定株式会社");

        var (code, stdout, stderr) = await RunAsync(["tenant", "end", .. options]);
        var (_, list, _) = await RunAsync("tenant", "list");

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("エラー: ", stderr);
        Assert.Equal("", stdout);
        Assert.Contains("ending-co\t終了予定株式会社\tActive\t-\t", list);
    }

    [Fact]
    public async Task End_SetsTheDate_PostsANotice_ShowsInPurgeStatus_AndCancelClearsIt()
    {
        await RunAsync("tenant", "create", "--slug", "later-co", "--name", "後日終了株式会社");
        var end = InDays(30);

        var (code, stdout, stderr) = await RunAsync("tenant", "end", "--slug", "later-co", "--date", end);
        var (_, list, _) = await RunAsync("tenant", "list");
        var (statusCode, status, _) = await RunAsync("tenant", "purge-status", "--slug", "later-co");
        var (cancelCode, _, cancelError) = await RunAsync("tenant", "end", "--slug", "later-co", "--cancel");
        var (_, listAfter, _) = await RunAsync("tenant", "list");

        Assert.Equal((OperatorCli.Ok, ""), (code, stderr));
        Assert.Contains(end, stdout);
        Assert.Contains("お知らせを掲載", stdout.Replace("契約終了のお知らせを掲載", "お知らせを掲載", StringComparison.Ordinal));
        Assert.Contains($"later-co\t後日終了株式会社\tActive\t{end}", list);
        Assert.Equal(OperatorCli.Ok, statusCode);
        Assert.Contains($"later-co\tActive\t{end}\t-\t-\t0\t-", status);
        Assert.Equal((OperatorCli.Ok, ""), (cancelCode, cancelError));
        Assert.Contains("later-co\t後日終了株式会社\tActive\t-\t", listAfter);
        await using var connection = new SqliteConnection($"Data Source={_databasePath}");
        await connection.OpenAsync();
        var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Announcements";
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("", "本文", "2026-01-01", "2026-01-31")]
    [InlineData("題", "本文", "2026-02-01", "2026-01-31")]
    [InlineData("題", "", "2026-01-01", "2026-01-31")]
    [InlineData("題", "本文", "2026-01-01", "31/01/2026")]
    public async Task Announce_WithBadInput_ExitsTwoWithOneLine_AndPostsNothing(string title, string body, string from, string to)
    {
        var (code, stdout, stderr) = await RunAsync("announce", "--title", title, "--body", body, "--from", from, "--to", to);

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Backup_RefusesAnExistingFileAndAnUnwritableOrMissingFolder()
    {
        Directory.CreateDirectory(_scratch);
        var existing = Path.Combine(_scratch, "exists.db");
        await File.WriteAllTextAsync(existing, "keep me");

        var (existingCode, _, existingError) = await RunAsync("backup", "--to", existing);
        var (missingCode, _, missingError) = await RunAsync("backup", "--to", Path.Combine(_scratch, "no-such-folder", "b.db"));
        var (procCode, _, procError) = await RunAsync("backup", "--to", "/proc/yea-backup.db");

        Assert.Equal((OperatorCli.BadInput, OperatorCli.BadInput, OperatorCli.BadInput), (existingCode, missingCode, procCode));
        Assert.Contains("上書きはしません", existingError);
        Assert.Contains("ありません", missingError);
        Assert.Contains("書き込めません", procError);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
    }

    [Fact]
    public async Task Backup_WritesACopyThatOpens_AndPrintsItsSizeAndSha256()
    {
        Directory.CreateDirectory(_scratch);
        await RunAsync("tenant", "create", "--slug", "backed-up", "--name", "バックアップ株式会社");
        var target = Path.Combine(_scratch, "copy.db");

        var (code, stdout, stderr) = await RunAsync("backup", "--to", target);

        Assert.Equal((OperatorCli.Ok, ""), (code, stderr));
        var bytes = await File.ReadAllBytesAsync(target);
        Assert.Contains($"{bytes.Length} bytes", stdout);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)), stdout);
        await using var connection = new SqliteConnection($"Data Source={target};Mode=ReadOnly");
        await connection.OpenAsync();
        var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", await check.ExecuteScalarAsync());
        check.CommandText = "SELECT Slug FROM Tenants";
        Assert.Equal("backed-up", await check.ExecuteScalarAsync());
    }

    private Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args) => RunCoreAsync(args);

    private async Task<(int Code, string Stdout, string Stderr)> RunCoreAsync(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await OperatorCli.RunAsync(
            [.. args, $"--ConnectionStrings:Default=Data Source={_databasePath}", $"--Email:OutboxFolder={Path.Combine(_scratch, "outbox")}", $"--Security:KeyDirectory={Path.Combine(_scratch, "keys")}"],
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

        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }
}
