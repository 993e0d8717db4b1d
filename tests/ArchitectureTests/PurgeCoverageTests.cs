using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>
/// R-03 (ADR 0043): the tenant purge finds what to delete in the EF model. These fail when a table could hold a
/// tenant's data that the purge would not reach: a tenant-owned entity missing from the plan, or a table hanging off a
/// tenant-owned one that is neither tenant-owned itself nor deleted with its owner by cascade.
/// </summary>
public sealed class PurgeCoverageTests
{
    [Fact]
    public void EveryTenantOwnedEntity_IsInThePurgePlan_KeyFirst()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var plan = TenantPurger.PurgeOrder(db.Model).Select(t => t.ClrType).ToList();
        var owned = db.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned())
            .Select(t => t.ClrType).Distinct().ToList();

        Assert.True(owned.Count >= 15, $"only {owned.Count} tenant-owned entities found: the model scan is broken");
        Assert.Empty(owned.Except(plan).Select(t => t.Name));
        Assert.Equal(typeof(Infrastructure.Security.MyNumbers.TenantDataKey), plan[0]);
    }

    [Fact]
    public void PurgePlan_DeletesDependantsBeforeTheirPrincipals()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var plan = TenantPurger.PurgeOrder(db.Model).ToList();

        foreach (var type in plan)
        {
            foreach (var fk in type.GetForeignKeys().Where(fk => plan.Contains(fk.PrincipalEntityType) && fk.PrincipalEntityType != type))
            {
                Assert.True(plan.IndexOf(type) < plan.IndexOf(fk.PrincipalEntityType), $"{type.ClrType.Name} must be purged before {fk.PrincipalEntityType.ClrType.Name}");
            }
        }
    }

    [Fact]
    public void EveryTableHangingOffTenantData_IsTenantOwned_OrCascadesWithItsOwner()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var problems = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => !typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            foreach (var fk in type.GetForeignKeys().Where(fk => typeof(ITenantOwned).IsAssignableFrom(fk.PrincipalEntityType.ClrType)))
            {
                if (!type.IsOwned() && fk.DeleteBehavior != DeleteBehavior.Cascade)
                {
                    problems.Add($"{type.DisplayName()} → {fk.PrincipalEntityType.DisplayName()}");
                }
            }
        }

        Assert.Empty(problems);
    }
}
