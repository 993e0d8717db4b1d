using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.AccessLogs.Contracts;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>
/// The real host on a fresh SQLite file per factory (or a fresh PostgreSQL database in the variants that set
/// <see cref="OnPostgreSql"/>), created by the app's own startup (which applies the migrations, so every test run also
/// proves them). Files and databases are deleted on dispose.
/// </summary>
public class YeaWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"yea-test-{Guid.NewGuid():N}.db");
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"yea-test-{Guid.NewGuid():N}");
    private readonly string _postgreSqlDatabase = $"yea_test_{Guid.NewGuid():N}";

    public YeaWebApplicationFactory()
    {
        // Cookies are Secure (__Host- prefix): the test client must speak https for them to round-trip.
        ClientOptions.BaseAddress = BaseAddress;
    }

    /// <summary>The database of this host: a fresh SQLite file, or a fresh database in the run's PostgreSQL cluster.</summary>
    public string ConnectionString => OnPostgreSql
        ? PostgreSqlCluster.Instance.ConnectionString(_postgreSqlDatabase)
        : $"Data Source={_databasePath}";

    /// <summary>
    /// True in the PostgreSQL variants (ADR 0045): the same tests, the same host, on the third provider. The database is
    /// created by the app's startup migrations, so those runs prove the PostgreSQL migration set too.
    /// </summary>
    protected virtual bool OnPostgreSql => false;

    /// <summary>For a second node of this deployment, which must use the same provider.</summary>
    public bool UsesPostgreSql => OnPostgreSql;

    /// <summary>The database file, for telling this host's SQL commands from those of hosts running in parallel.</summary>
    public string DatabasePath => _databasePath;

    /// <summary>Key rings of this host, so a second node of the same deployment can share them.</summary>
    public string DataProtectionKeysFolder => Path.Combine(_scratch, "dp-keys");

    public string MasterKeyFolder => Path.Combine(_scratch, "keys");

    /// <summary>Extra settings a test class needs, applied before the host is built.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches WebApplication.CreateBuilder, unlike ConfigureAppConfiguration (toolchain.md 3.8).
        // Production settings: Secure __Host- cookies, HSTS; the client speaks https (see the constructor).
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:Provider", OnPostgreSql ? "PostgreSql" : "Sqlite");
        builder.UseSetting("AccessLog:FlushInterval", "00:00:00.050");
        builder.UseSetting("PasswordHashing:Iterations", "210000");

        // The scheduled jobs run in the real maintenance window (weekdays 02:00–02:30 Japan time): a test host started
        // then would purge access logs or create the database file mid-test. Tests run jobs explicitly instead.
        builder.UseSetting("Jobs:Enabled", "false");

        // Key files and mail per factory: test classes run in parallel, and two hosts creating the same
        // master key file at once could read each other's half-written key.
        builder.UseSetting("Security:KeyDirectory", MasterKeyFolder);
        builder.UseSetting("DataProtection:KeysFolder", DataProtectionKeysFolder);
        builder.UseSetting("Email:OutboxFolder", Path.Combine(_scratch, "outbox"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public static readonly Uri BaseAddress = new("https://localhost");

    /// <summary>A client that does not follow redirects, for asserting them.</summary>
    public HttpClient CreateNonRedirectingClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress });

    /// <summary>A redirect-following client whose cookie jar the test can read (to replay a copied cookie).</summary>
    public HttpClient CreateClientWithJar(System.Net.CookieContainer jar) =>
        CreateDefaultClient(BaseAddress, new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(jar));

    /// <summary>
    /// Runs a use case through the real mediator pipeline, inside the given tenant (or none), as a signed-in test
    /// account holding <paramref name="permissions"/> (all by default: an admin), limited to
    /// <paramref name="departments"/> (comma-separated codes) when given.
    /// </summary>
    public async Task<TResponse> SendAsync<TResponse>(IMessage message, TenantId? tenant = null, Permission permissions = Permission.All, string? departments = null)
    {
        await using var scope = Services.CreateAsyncScope();
        if (tenant is { } id)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(id, "test", "test");
        }

        var accessor = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        accessor.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = TestIdentity(permissions, departments), RequestServices = scope.ServiceProvider };
        try
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            return (TResponse)(await sender.Send((object)message))!;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>
    /// Runs a use case as a general user (an employee) signed in with the given account, inside the tenant: for use cases
    /// that act on "my" data through the account's linked employee.
    /// </summary>
    public async Task<TResponse> SendAsAccountAsync<TResponse>(IMessage message, TenantId tenant, Guid accountId)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "test", "test");
        var accessor = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new(Web.Identity.ClaimNames.Account, accountId.ToString()),
            new(Web.Identity.ClaimNames.Session, Guid.NewGuid().ToString()),
            new(System.Security.Claims.ClaimTypes.Role, nameof(AccountRole.General)),
            new(Web.Identity.ClaimNames.Permissions, "0"),
        ], "test"));
        accessor.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        try
        {
            return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>A principal shaped like a validated session's (architecture.md §10, "TestIdentity").</summary>
    public static System.Security.Claims.ClaimsPrincipal TestIdentity(Permission permissions, string? departments = null) =>
        new(new System.Security.Claims.ClaimsIdentity(
        [
            new(Web.Identity.ClaimNames.Account, TestAccountId.ToString()),
            new(Web.Identity.ClaimNames.Session, Guid.NewGuid().ToString()),
            new(System.Security.Claims.ClaimTypes.Role, permissions == Permission.All && departments is null ? nameof(AccountRole.Admin) : nameof(AccountRole.LimitedAdmin)),
            new(Web.Identity.ClaimNames.Permissions, ((int)permissions).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. departments is null ? Array.Empty<System.Security.Claims.Claim>() : [new(Web.Identity.ClaimNames.Departments, departments)],
        ], "test"));

    public static readonly Guid TestAccountId = Guid.Parse("0196f000-0000-7000-8000-00000000a11e");

    public async Task<CreateTenantResult> CreateTenantAsync(string slug, string? name = null) =>
        await SendAsync<CreateTenantResult>(new CreateTenantCommand(slug, name ?? $"{slug} 株式会社"));

    /// <summary>A scope bound to a tenant, for direct database assertions.</summary>
    public AsyncServiceScope TenantScope(TenantId tenant)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "test", "test");
        return scope;
    }

    /// <summary>A scope that sees every tenant, as Infrastructure's jobs do; for assertions only.</summary>
    public AsyncServiceScope SystemScope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        return scope;
    }

    public Task FlushAccessLogAsync() => Services.GetRequiredService<IAccessLogWriter>().FlushAsync();

    internal AppDbContext OpenDetachedContext() => OnPostgreSql
        ? new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(ConnectionString).Options) { TenantContext = SystemTenantContext() }
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(ConnectionString).Options) { TenantContext = SystemTenantContext() };

    private static TenantContext SystemTenantContext()
    {
        var context = new TenantContext();
        context.EnterSystem();
        return context;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (OnPostgreSql)
        {
            PostgreSqlCluster.Instance.DropDatabase(_postgreSqlDatabase);
        }

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
