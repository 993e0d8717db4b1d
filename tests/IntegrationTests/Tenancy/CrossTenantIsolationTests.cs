using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Tenancy;

/// <summary>R-01: rows written as tenant A are invisible to, and unwritable by, tenant B (filter and save guard).</summary>
public abstract class CrossTenantIsolationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : YeaWebApplicationFactory
{
    [Fact]
    public async Task Query_AsOtherTenant_DoesNotSeeRows()
    {
        var (a, b) = await TwoTenantsAsync("iso-read");

        await using var scopeA = factory.TenantScope(a);
        await using var scopeB = factory.TenantScope(b);
        var accountsOfA = await Db(scopeA).Accounts.Select(x => x.TenantId).ToListAsync();
        var adminOfA = await Db(scopeA).Accounts.SingleAsync();
        var seenFromB = await Db(scopeB).Accounts.Where(x => x.Id == adminOfA.Id).ToListAsync();

        Assert.Equal([a], accountsOfA);
        Assert.Empty(seenFromB);
        Assert.Equal(b, (await Db(scopeB).Accounts.SingleAsync()).TenantId);
    }

    [Fact]
    public async Task Query_WithoutTenant_SeesNoTenantRows()
    {
        await TwoTenantsAsync("iso-none");
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.Empty(await Db(scope).Accounts.ToListAsync());
    }

    [Fact]
    public async Task Save_ModifyingOtherTenantsRow_IsRefusedAndChangesNothing()
    {
        var (a, b) = await TwoTenantsAsync("iso-write");
        await using (var scopeB = factory.TenantScope(b))
        {
            var db = Db(scopeB);
            var rowOfA = await db.Accounts.IgnoreQueryFilters([AppDbContext.TenantFilter]).SingleAsync(x => x.TenantId == a);
            db.Entry(rowOfA).Property(x => x.DisplayName).CurrentValue = "乗っ取り";

            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        }

        await using var scopeA = factory.TenantScope(a);
        Assert.Equal("管理者", (await Db(scopeA).Accounts.SingleAsync()).DisplayName);
    }

    [Fact]
    public async Task Save_DeletingOtherTenantsRow_IsRefused()
    {
        var (a, b) = await TwoTenantsAsync("iso-delete");
        await using (var scopeB = factory.TenantScope(b))
        {
            var db = Db(scopeB);
            var rowOfA = await db.Accounts.IgnoreQueryFilters([AppDbContext.TenantFilter]).SingleAsync(x => x.TenantId == a);
            db.Accounts.Remove(rowOfA);

            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        }

        await using var scopeA = factory.TenantScope(a);
        Assert.Equal(1, await Db(scopeA).Accounts.CountAsync());
    }

    [Fact]
    public async Task Save_AddingRowForOtherTenant_IsRefused()
    {
        var (a, b) = await TwoTenantsAsync("iso-add");
        await using var scopeB = factory.TenantScope(b);
        var db = Db(scopeB);
        db.AccessLogs.Add(AccessLog.Record(a, DateTime.UtcNow, null, null, null, "GET", "/x", 200, 1, null));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_AddingTenantRowWithoutTenant_IsRefused()
    {
        var (a, _) = await TwoTenantsAsync("iso-anon");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = Db(scope);
        db.AccessLogs.Add(AccessLog.Record(a, DateTime.UtcNow, null, null, null, "GET", "/x", 200, 1, null));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Enter_SecondTenantInSameScope_Throws()
    {
        var (a, b) = await TwoTenantsAsync("iso-switch");
        await using var scope = factory.TenantScope(a);
        var context = scope.ServiceProvider.GetRequiredService<Application.Abstractions.ITenantContext>();

        Assert.Throws<InvalidOperationException>(() => context.Enter(b, "other", "other"));
    }

    private async Task<(TenantId A, TenantId B)> TwoTenantsAsync(string prefix)
    {
        var a = await factory.CreateTenantAsync(prefix + "-a");
        var b = await factory.CreateTenantAsync(prefix + "-b");
        return (new TenantId(a.TenantId), new TenantId(b.TenantId));
    }

    private static AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class CrossTenantIsolationTests(YeaWebApplicationFactory factory) : CrossTenantIsolationTests<YeaWebApplicationFactory>(factory);

/// <summary>The same tests on PostgreSQL (ADR 0045).</summary>
public sealed class CrossTenantIsolationTestsOnPostgreSql(PostgreSqlWebApplicationFactory factory) : CrossTenantIsolationTests<PostgreSqlWebApplicationFactory>(factory);
