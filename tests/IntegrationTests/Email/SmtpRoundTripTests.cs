using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Email;

/// <summary>
/// The production mail path for real: the app's MailKit sender talks SMTP to an in-process server on loopback; the
/// invitation arrives with its Japanese subject, and its link sets a password exactly once.
/// </summary>
public sealed class SmtpRoundTripTests : IAsyncLifetime
{
    private readonly int _port = FreePort();
    private readonly CapturingStore _store = new();
    private readonly CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer? _server;
    private Task? _running;
    private SmtpFactory? _factory;

    public Task InitializeAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, _port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
        _factory = new SmtpFactory(_port);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Invitation_TravelsOverSmtp_AndItsLinkWorksOnce()
    {
        var tenant = await _factory!.CreateTenantAsync("smtp-co");
        var admin = _factory.CreateClient();
        const string adminPassword = "mail relay passphrase 2026";
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, "smtp-co", "admin", tenant.InitialPassword, adminPassword);

        await AuthWebApplicationFactory.PostFormAsync(admin, "/smtp-co/admin/accounts/new", new Dictionary<string, string>
        {
            ["LoginId"] = "tanaka",
            ["DisplayName"] = "田中一郎",
            ["Email"] = "tanaka@example.com",
            ["Role.Role"] = "General",
            ["IssueInitialPassword"] = "false",
        });
        var mail = await _store.Received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", "https?://\\S+token=[A-Za-z0-9_-]+").Value).PathAndQuery;

        var user = _factory.CreateClient();
        var first = await SetAsync(user, link);
        var second = await SetAsync(_factory.CreateClient(), link);

        Assert.Equal("【smtp-co 株式会社】年末調整サイトへの招待", mail.Subject);
        Assert.Equal("tanaka@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Contains("田中一郎 様", mail.TextBody);
        Assert.Contains("パスワードを設定しました", await first.Content.ReadAsStringAsync());
        Assert.Contains("使用済みか、有効期限が切れています", await second.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _server?.Shutdown();
        await _stop.CancelAsync();
        if (_server is not null)
        {
            await _server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        }

        _stop.Dispose();
    }

    private static async Task<HttpResponseMessage> SetAsync(HttpClient client, string link)
    {
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(YeaWebApplicationFactory.BaseAddress, link).Query)["token"]!;
        var page = await client.GetStringAsync(link);
        var antiforgery = page.Contains("__RequestVerificationToken", StringComparison.Ordinal)
            ? Html.AntiforgeryToken(page)
            : Html.AntiforgeryToken(await client.GetStringAsync("/smtp-co/login"));
        return await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token,
            ["NewPassword"] = "first password of mine 2026",
            ["NewPasswordConfirmation"] = "first password of mine 2026",
            ["__RequestVerificationToken"] = antiforgery,
        }));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CapturingStore : MessageStore
    {
        public TaskCompletionSource<MimeMessage> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Received.TrySetResult(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class SmtpFactory(int port) : YeaWebApplicationFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Email:Mode"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:SmtpSecurity"] = "None",
        };
    }
}
