using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Cluster.Real;

[CollectionDefinition(Name)]
public sealed class RealClusterCollection : ICollectionFixture<RealCluster>
{
    public const string Name = "real-cluster";
}

/// <summary>
/// ADR 0051: the deployment of issue 14 as real processes, started once for the cluster tests by
/// <c>scripts/cluster.sh</c>: a throwaway PostgreSQL, three app nodes (node1..3) and nginx round-robin, on free
/// loopback ports in a folder of its own (a developer's cluster on 5201–5203/8080 is left alone). The app is the
/// solution's build, copied with <c>dotnet publish --no-build</c> (no second compile). <c>down</c> stops exactly
/// what <c>up</c> started, and the folder is deleted.
/// </summary>
public sealed partial class RealCluster : IAsyncLifetime
{
    public const string Slug = "demo";
    public const string AdminPassword = "cluster tests admin passphrase 1";

    /// <summary>Short leases so a killed node's job is taken over within seconds, not minutes.</summary>
    private const string NodeSettings = "--Jobs:QueueLease=00:00:06 --Jobs:QueuePollInterval=00:00:00.500";

    private readonly string _root = RepositoryRoot();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"yea-cluster-tests-{Environment.ProcessId}");
    private int _pgPort;
    private int[] _nodePorts = [];
    private int _lbPort;

    public Uri Balancer => new($"http://127.0.0.1:{_lbPort}");

    public Uri Node(int number) => new($"http://127.0.0.1:{_nodePorts[number - 1]}");

    /// <summary>The ADMIN's session, signed in once (the per-account budget allows five attempts a minute).</summary>
    public CookieContainer AdminSession { get; } = new();

    public string ConnectionString => $"Host=127.0.0.1;Port={_pgPort};Username=postgres;Database=yea;Pooling=false";

    public async Task InitializeAsync()
    {
        var ports = FreePorts(5);
        (_pgPort, _nodePorts, _lbPort) = (ports[0], ports[1..4], ports[4]);
        Directory.CreateDirectory(Path.Combine(_folder, "run"));
        await PublishAsync();
        await ScriptAsync("up");

        // The first node prints the demo tenant's opening notice once; the tests sign in as its ADMIN.
        var log = await File.ReadAllTextAsync(Path.Combine(_folder, "run", "node1.log"));
        var initial = InitialPassword().Match(log);
        Assert.True(initial.Success, "No opening notice in node1's output.");
        using var client = Client("127.0.0.2", jar: AdminSession);
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, Slug, "admin", initial.Groups[1].Value.Trim(), AdminPassword);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await ScriptAsync("down");
        }
        finally
        {
            // As root the database files belong to the postgres user; deleting as root is fine.
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// A client whose connections leave from <paramref name="sourceAddress"/> (any 127.x address is this machine), so
    /// each test has its own per-IP sign-in budget as nginx forwards it; through nginx unless <paramref name="target"/>.
    /// </summary>
    public HttpClient Client(string sourceAddress, Uri? target = null, CookieContainer? jar = null, bool followRedirects = true)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = jar ?? new CookieContainer(),
            AllowAutoRedirect = followRedirects,
            PooledConnectionLifetime = TimeSpan.FromSeconds(5),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = target ?? Balancer, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The process id of node <paramref name="number"/> as the script recorded it.</summary>
    public int NodePid(int number) => int.Parse(File.ReadAllText(Path.Combine(_folder, "run", $"node{number}.pid")).Trim());

    /// <summary>kill -9 of one node the script started (by its recorded pid, nothing else).</summary>
    public void KillNode(int number)
    {
        using var process = Process.GetProcessById(NodePid(number));
        process.Kill(); // SIGKILL on Linux: no shutdown hooks, like a crashed machine.
        process.WaitForExit(10_000);
    }

    /// <summary>Starts whatever part is stopped (the script's <c>up</c> leaves running parts alone).</summary>
    public Task RestartStoppedAsync() => ScriptAsync("up");

    public Task StopDatabaseAsync() => ScriptAsync("db-stop");

    public Task StartDatabaseAsync() => ScriptAsync("db-start");

    /// <summary>A context on the cluster's database that sees every tenant; for assertions and for staging.</summary>
    internal AppDbContext OpenDatabase()
    {
        var tenants = new TenantContext();
        tenants.EnterSystem();
        return new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(ConnectionString).Options) { TenantContext = tenants };
    }

    private async Task PublishAsync()
    {
        // The test assembly's configuration (bin/<Configuration>/net10.0) is the one the solution was built in.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var built = File.Exists(Path.Combine(_root, "src", "Web", "bin", configuration, "net10.0", "YearEndAdjustment.Web.dll"));
        Assert.True(configuration is "Debug" or "Release", $"Unexpected build folder {configuration}.");
        await RunAsync("dotnet", ["publish", Path.Combine(_root, "src", "Web"), "-c", configuration, "-o", Path.Combine(_folder, "app"), "-v", "q", "-nologo", .. built ? new[] { "--no-build" } : []], TimeSpan.FromMinutes(4));
    }

    private Task ScriptAsync(string command) =>
        RunAsync("bash", [Path.Combine(_root, "scripts", "cluster.sh"), command], TimeSpan.FromMinutes(4), new Dictionary<string, string>
        {
            ["CLUSTER_DIR"] = _folder,
            ["PG_PORT"] = _pgPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NODE_PORTS"] = string.Join(' ', _nodePorts),
            ["LB_PORT"] = _lbPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NODE_ARGS"] = NodeSettings,
        });

    private static async Task RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', start.ArgumentList)} failed: {await output}{await errors}");
    }

    private static int[] FreePorts(int count)
    {
        // Held together so the same port is never handed out twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "YearEndAdjustment.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (YearEndAdjustment.sln) was not found.");
    }

    [GeneratedRegex("Password : ([^\r\n]+)")]
    private static partial Regex InitialPassword();
}
