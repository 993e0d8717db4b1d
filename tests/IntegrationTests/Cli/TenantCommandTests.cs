using Microsoft.Data.Sqlite;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.IntegrationTests.Cli;

/// <summary>The operator's <c>tenant create</c> / <c>tenant list</c> on their own database file.</summary>
public sealed class TenantCommandTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"yea-cli-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Create_WithValidSlug_PrintsOpeningNoticeAndListsTenant()
    {
        var (code, stdout, stderr) = await RunAsync("tenant", "create", "--slug", "acme-corp", "--name", "アクメ株式会社");
        var (listCode, list, _) = await RunAsync("tenant", "list");

        Assert.Equal(OperatorCli.Ok, code);
        Assert.Equal("", stderr);
        Assert.Contains("開通通知", stdout);
        Assert.Contains("http://localhost:5080/acme-corp/", stdout);
        Assert.Contains("ADMIN ID                : admin", stdout);
        Assert.Matches("パスワード / Password : [A-Za-z2-9]{16}", stdout);
        Assert.Equal(OperatorCli.Ok, listCode);
        Assert.Contains("acme-corp\tアクメ株式会社\tActive", list);
    }

    [Fact]
    public async Task Create_TwiceWithSameSlug_SecondFailsAndCreatesNothing()
    {
        await RunAsync("tenant", "create", "--slug", "twice", "--name", "一社目");

        var (code, stdout, stderr) = await RunAsync("tenant", "create", "--slug", "twice", "--name", "二社目");
        var (_, list, _) = await RunAsync("tenant", "list");

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Contains("既に使われています", stderr);
        Assert.DoesNotContain("開通通知", stdout);
        Assert.DoesNotContain("二社目", list);
    }

    [Theory]
    [InlineData("Acme", "英小文字")]
    [InlineData("ac_me", "英小文字")]
    [InlineData("1acme", "英小文字")]
    [InlineData("acme-", "英小文字")]
    [InlineData("ac--me", "英小文字")]
    [InlineData("ab", "3〜32 文字")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456", "3〜32 文字")]
    [InlineData("api", "予約")]
    [InlineData("health", "予約")]
    [InlineData("アクメ", "英小文字")]
    public async Task Create_WithInvalidSlug_ExplainsAndCreatesNothing(string slug, string expectedReason)
    {
        var (code, stdout, stderr) = await RunAsync("tenant", "create", "--slug", slug, "--name", "不正株式会社");
        var (_, list, _) = await RunAsync("tenant", "list");

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Contains(expectedReason, stderr);
        Assert.DoesNotContain("開通通知", stdout);
        Assert.Contains("テナントはまだありません", list);
    }

    [Fact]
    public async Task Create_WithoutName_ExplainsAndCreatesNothing()
    {
        var (code, _, stderr) = await RunAsync("tenant", "create", "--slug", "no-name");

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Contains("--slug と --name", stderr);
    }

    [Fact]
    public async Task Create_WithBlankName_ExplainsAndCreatesNothing()
    {
        var (code, _, stderr) = await RunAsync("tenant", "create", "--slug", "blank-name", "--name", "  ");
        var (_, list, _) = await RunAsync("tenant", "list");

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Contains("テナント名", stderr);
        Assert.Contains("テナントはまだありません", list);
    }

    [Fact]
    public async Task UnknownVerb_PrintsUsage()
    {
        var (code, _, stderr) = await RunAsync("tenant", "destroy");

        Assert.Equal(OperatorCli.BadInput, code);
        Assert.Contains("使い方", stderr);
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await OperatorCli.RunAsync([.. args, $"--ConnectionStrings:Default=Data Source={_databasePath}"], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
