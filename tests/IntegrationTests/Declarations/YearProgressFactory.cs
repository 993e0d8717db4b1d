using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>One employee of a seeded year: department, declaration status, warnings, and how their account is.</summary>
public sealed record ProgressRow(string? Department, DeclarationStatus Status, int Warnings = 0, string? Email = null, bool Disabled = false);

/// <summary>
/// The real host on a fake clock (2025-11-01 09:00 in Japan) with captured mail, and a quick way to lay out a year's
/// declarations in given states (set in the database: the workflow itself is tested elsewhere).
/// </summary>
public class YearProgressFactory(YeaWebApplicationFactory? sharesDatabaseWith = null) : AuthWebApplicationFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>With <c>sharesDatabaseWith</c>: a second node of that deployment (same database and keys).</summary>
    protected override IDictionary<string, string?> Settings => sharesDatabaseWith is not { } first
        ? base.Settings
        : new Dictionary<string, string?>(base.Settings)
        {
            ["ConnectionStrings:Default"] = first.ConnectionString,
            ["Security:KeyDirectory"] = first.MasterKeyFolder,
            ["Demo:CreateOnFirstStart"] = "false",
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    internal BackgroundJobRunner JobRunner() => Services.GetRequiredService<BackgroundJobRunner>();

    internal ScheduledJobRunner ScheduleRunner() => Services.GetRequiredService<ScheduledJobRunner>();

    public async Task<(TenantId Tenant, AccountId Admin)> TenantWithAdminAsync(string slug)
    {
        var tenant = new TenantId((await CreateTenantAsync(slug)).TenantId);
        await using var scope = TenantScope(tenant);
        var admin = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.SingleAsync();
        return (tenant, admin.Id);
    }

    public async Task<TenantId> TenantOfAsync(string slug)
    {
        await using var scope = SystemScope();
        var key = Domain.Tenants.TenantSlug.Create(slug);
        return (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.SingleAsync(t => t.Slug == key)).Id;
    }

    /// <summary>One employee, declaration and (when an address is given) linked account per row.</summary>
    public async Task<List<DeclarationId>> SeedYearAsync(TenantId tenant, int year, DateOnly deadline, params ProgressRow[] rows)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var scope = TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var start = await db.Employees.CountAsync();
        var declarations = new List<Declaration>();
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var employee = Employee.Register(tenant, EmployeeNumber.Create($"Y{year}-{start + i:D4}"), EmployeeProfile.Create(
                $"社員 {start + i}", "シャイン", new DateOnly(1980, 1, 1), Gender.Female, null, null, new DateOnly(2010, 4, 1), null,
                row.Department, row.Department is null ? null : $"部署{row.Department}", null), now);
            db.Employees.Add(employee);
            var declaration = Declaration.Create(tenant, employee.Id, new TaxYear(year), deadline, now);
            declarations.Add(declaration);
            db.Declarations.Add(declaration);
            if (row.Email is not null)
            {
                var account = Account.Register(tenant, LoginId.Create($"y{year}-{start + i:D4}"), $"社員 {start + i}", row.Email, AccountRole.General, Permission.None, [], now);
                account.LinkEmployee(employee.Id);
                if (row.Disabled)
                {
                    account.Disable(now);
                }

                db.Accounts.Add(account);
            }
        }

        await db.SaveChangesAsync();
        for (var i = 0; i < rows.Length; i++)
        {
            var (id, status, warnings) = (declarations[i].Id, rows[i].Status, rows[i].Warnings);
            await db.Declarations.Where(d => d.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, status).SetProperty(d => d.WarningCount, warnings));
        }

        return [.. declarations.Select(d => d.Id)];
    }

    public async Task<AccountId> AccountAsync(TenantId tenant, string loginId, AccountRole role, Permission permissions, string[] departments)
    {
        await using var scope = TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var account = Account.Register(tenant, LoginId.Create(loginId), loginId, null, role, permissions, departments, Clock.GetUtcNow().UtcDateTime);
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    /// <summary>Runs a use case as a real account of the tenant (a job it queues later runs as that account).</summary>
    public async Task<TResponse> SendAsAsync<TResponse>(IMessage message, TenantId tenant, AccountId account, Permission permissions = Permission.All, string? departments = null)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Infrastructure.Tenancy.TenantContext>().Enter(tenant, "progress", "進捗株式会社");
        var accessor = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        var identity = TestIdentity(permissions, departments).Identities.Single();
        identity.RemoveClaim(identity.FindFirst(Web.Identity.ClaimNames.Account));
        identity.AddClaim(new(Web.Identity.ClaimNames.Account, account.Value.ToString()));
        accessor.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = new(identity), RequestServices = scope.ServiceProvider };
        try
        {
            return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
