using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.ArchitectureTests.Fixtures;
using YearEndAdjustment.ArchitectureTests.Support;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>Rule 10: a new entity that is not tenant-isolated fails the build's tests, not a customer audit.</summary>
public sealed class TenantIsolationTests
{
    [Fact]
    public void EveryEntity_IsTenantOwnedAndFiltered_ExceptTenantAndTheJobLedger()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        // Global by design: the tenant list itself, the operator's job ledger (counts only, ADR 0014), the purge records
        // (they must outlive the tenant, ADR 0043), the operator's announcements (some for every tenant), and the
        // deployment's shared state (ADR 0046): the Data Protection key ring and the hashed credential-attempt budgets.
        TenantIsolationRule.Check(db.Model, AppDbContext.TenantFilter, typeof(Tenant), typeof(Infrastructure.Jobs.JobRun), typeof(Infrastructure.Operations.MaintenanceSwitch),
            typeof(TenantPurgeRecord), typeof(Announcement),
            typeof(Infrastructure.Security.DataProtectionKeyRecord), typeof(Infrastructure.Security.CredentialAttempt)).AssertHolds();
    }

    [Fact]
    public void UnfilteredEntity_IsCaught()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new FixtureDbContext(new DbContextOptionsBuilder<FixtureDbContext>().UseSqlite(connection).Options);

        var outcome = TenantIsolationRule.Check(db.Model, AppDbContext.TenantFilter);

        outcome.AssertCatches("Widget (not ITenantOwned)");
        outcome.AssertCatches("Widget (no 'Tenant' query filter)");
    }
}
