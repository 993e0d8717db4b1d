using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Mediator;
using Microsoft.Playwright;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.EndToEndTests.Support;

/// <summary>
/// The real app on a loopback Kestrel port with its own SQLite file, and Debian's Chromium driven by Playwright
/// (no browser download: ExecutablePath points at the system browser, installed by scripts/test.sh).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"yea-e2e-{Guid.NewGuid():N}.db");
    private AppFactory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's services, for operator steps that have no page (the command line's use cases, the maintenance switch).</summary>
    public IServiceProvider Services => _factory!.Services;

    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    /// <summary>Where the app's outbox mail sender writes .eml files (the embedded default, as the README describes).</summary>
    public string Outbox { get; } = Path.Combine(Path.GetTempPath(), $"yea-e2e-outbox-{Guid.NewGuid():N}");

    /// <summary>Opens a tenant as the operator would and returns its opening notice.</summary>
    public async Task<CreateTenantResult> CreateTenantAsync(string slug, string name)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CreateTenantCommand(slug, name));
    }

    /// <summary>An employee with a general account (password already chosen) linked to them, the year's declaration
    /// as the open-year job would create it, and optionally the payroll totals the admin would import.</summary>
    public async Task SeedEmployeeAsync(Guid tenantId, string loginId, string password, int year, PayrollAmounts? payroll = null)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var tenant = new TenantId(tenantId);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "e2e", "e2e");
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create("E001"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), now);
        db.Employees.Add(employee);
        var account = Account.Register(tenant, LoginId.Create(loginId), "山田 太郎", null, AccountRole.General, Permission.None, [], now);
        account.ChangePassword(scope.ServiceProvider.GetRequiredService<IPasswordHasher>().Hash(password), now);
        account.LinkEmployee(employee.Id);
        db.Accounts.Add(account);
        db.Declarations.Add(Declaration.Create(tenant, employee.Id, new TaxYear(year), new DateOnly(year, 12, 20), now));
        if (payroll is not null)
        {
            db.PayrollTotals.Add(PayrollTotal.Record(tenant, employee.Id, new TaxYear(year), payroll, now));
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// Issue 12: approves the seeded employee's declaration of <paramref name="year"/> (as it stands), computes it
    /// through the run's own calculator and publishes the result, as the admin's run and publish would.
    /// </summary>
    public async Task PublishResultAsync(Guid tenantId, int year)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var tenant = new TenantId(tenantId);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenant, "e2e", "e2e");
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var now = DateTime.UtcNow;
        var declaration = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Declarations, d => d.TaxYear == new TaxYear(year));
        declaration.SaveForms(Domain.Declarations.DeclarationForms.Empty, null, now);
        declaration.Submit(declaration.EmployeeId, now);
        declaration.Approve(now);
        await db.SaveChangesAsync(CancellationToken.None);
        var calculator = scope.ServiceProvider.GetRequiredService<Application.Results.Support.ResultCalculator>();
        var changes = await calculator.ComputeAsync(tenant, year, [declaration.Id], Guid.NewGuid(), new Application.Results.RunCalculation.RunCalculationSummary(), CancellationToken.None);
        await calculator.WriteAsync(changes, CancellationToken.None);
        var result = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.YearEndResults, r => r.EmployeeId == declaration.EmployeeId);
        result.Publish(Domain.Results.ResultFreshness.Current, new AccountId(Guid.NewGuid()), now);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Runs <paramref name="action"/> on the database inside the tenant, e.g. to put a declaration in a state
    /// that another screen produces (a reviewer's return) and saves it.</summary>
    public async Task<T> InTenantAsync<T>(Guid tenantId, Func<IAppDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _factory!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(new TenantId(tenantId), "e2e", "e2e");
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var result = await action(db);
        await db.SaveChangesAsync(CancellationToken.None);
        return result;
    }

    /// <summary>A scope inside the tenant, for steps a test takes through the domain rather than the browser.</summary>
    public AsyncServiceScope TenantScope(Guid tenantId)
    {
        var scope = _factory!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(new TenantId(tenantId), "e2e", "e2e");
        return scope;
    }

    public async Task InitializeAsync()
    {
        _factory = new AppFactory($"Data Source={_databasePath}", Outbox);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        Directory.CreateDirectory(ArtifactsFolder);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Outbox))
        {
            Directory.Delete(Outbox, recursive: true);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    private static string ChromiumPath()
    {
        string[] candidates = [Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "", "/usr/lib/chromium/chromium", "/usr/bin/chromium"];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium was not found. Run scripts/test.sh, which installs Debian's chromium package, or set CHROMIUM_PATH.");
    }

    private sealed class AppFactory(string connectionString, string outbox) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Jobs:Enabled", "false"); // no maintenance-window job in the middle of a browser run
            builder.UseSetting("Email:OutboxFolder", outbox);
        }
    }
}
