using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace YearEndAdjustment.Benchmarks.Support;

/// <summary>The real app in-process on its own SQLite file, Production settings, quiet logs.</summary>
public sealed class BenchmarkHost(IDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"yea-bench-{Guid.NewGuid():N}.db");

    public static readonly Uri BaseAddress = new("https://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_path}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BaseAddress });

    // BenchmarkDotNet's in-process toolchain hides the content-root hint the test SDK gives test projects.
    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "YearEndAdjustment.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Web");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
