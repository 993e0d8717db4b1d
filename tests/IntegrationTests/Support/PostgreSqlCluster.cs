using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>
/// ADR 0045: one throwaway PostgreSQL cluster for the whole test run, made on first use with Debian's initdb and
/// pg_ctl in a temporary folder, listening on loopback only, on a free port, with trust authentication; stopped and
/// deleted by a watchdog when the test process ends. initdb and postgres refuse to run as root, so as root both run as the
/// <c>postgres</c> system user (the package creates it) in a folder handed to that user; as anyone else, as the
/// current user.
/// Each test factory creates its own database in it (the app's migrations do), so factories never share rows.
/// </summary>
internal sealed class PostgreSqlCluster
{
    private const string SystemUser = "postgres";
    private static readonly Lazy<PostgreSqlCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asSystemUser;

    private PostgreSqlCluster(string folder, string bin, bool asSystemUser, int port)
    {
        _folder = folder;
        _bin = bin;
        _asSystemUser = asSystemUser;
        Port = port;
    }

    public static PostgreSqlCluster Instance => Shared.Value;

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>
    /// A connection string for <paramref name="database"/> (created by the first migration). Idle pooled connections
    /// close after a few seconds, so a run of many factories does not pile up server connections.
    /// </summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Connection Idle Lifetime=5;Connection Pruning Interval=1;Include Error Detail=true";

    /// <summary>Drops a factory's database, closing whatever connections are still open to it.</summary>
    public void DropDatabase(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        // The name is a generated identifier (letters, digits, underscore), never user input.
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    private static PostgreSqlCluster Start()
    {
        var bin = FindBinaries();
        // Environment.UserName is the effective user's name (geteuid), so this holds under sudo too.
        var asSystemUser = Environment.UserName == "root";
        var folder = Directory.CreateTempSubdirectory("yea-pg-").FullName;
        if (asSystemUser)
        {
            Run("chown", $"{SystemUser}: {folder}");
        }

        var cluster = new PostgreSqlCluster(folder, bin, asSystemUser, FreePort());
        // A Japanese ICU default collation, as a database set up for Japanese users would have: under it a range on a
        // kana search key is not a prefix match (ヤマタロウ falls between ヤマダ and ヤマチ), so the tests prove that the
        // model's own ordinal collation is what the queries run under.
        cluster.RunTool("initdb", $"-D {cluster.DataFolder} -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --locale-provider=icu --icu-locale=ja-JP --no-sync");
        // Durability off: a test cluster is thrown away, and fsync per commit would dominate the run's time.
        var serverOptions = $"-c listen_addresses=127.0.0.1 -p {cluster.Port} -c unix_socket_directories={folder} "
            + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        cluster.RunTool("pg_ctl", $"-D {cluster.DataFolder} -l {Path.Combine(folder, "server.log")} -w -t 60 -o \"{serverOptions}\" start");
        cluster.StartReaper();
        return cluster;
    }

    /// <summary>
    /// The test host may be ended abruptly after its last test (the runner kills it), so no exit handler of ours is sure
    /// to run. A small detached shell waits for this process to end, then stops the server and deletes the folder.
    /// </summary>
    private void StartReaper()
    {
        var stop = _asSystemUser
            ? $"runuser -u {SystemUser} -- {Path.Combine(_bin, "pg_ctl")}"
            : Path.Combine(_bin, "pg_ctl");
        var script = "exec </dev/null >/dev/null 2>&1; "
            + $"while kill -0 {Environment.ProcessId}; do sleep 0.5; done; "
            + $"{stop} -D '{DataFolder}' -m immediate -w stop; rm -rf '{_folder}'";
        using var reaper = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("The cluster's reaper did not start.");
    }

    /// <summary>The newest installed major version (Debian: /usr/lib/postgresql/NN/bin).</summary>
    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, as scripts/test.sh does.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void RunTool(string tool, string arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (_asSystemUser)
        {
            Run("runuser", $"-u {SystemUser} -- {path} {arguments}");
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        // Read both streams to the end before waiting: pg_ctl's server inherits neither (it logs to a file).
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }
}
