using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The second line of tenant isolation (ADR 0007): the query filter keeps other tenants' rows out of reads;
/// this refuses any save that would add, change or delete a row of a tenant other than the scope's own.
/// </summary>
internal sealed class TenantGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Guard(DbContext? context)
    {
        if (context is not AppDbContext db || db.IsSystemScope)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var original = entry.State == EntityState.Added
                ? entry.Entity.TenantId
                : entry.Property(e => e.TenantId).OriginalValue;
            if (db.BoundTenantId is not { } bound || entry.Entity.TenantId != bound || original != bound)
            {
                throw new TenantIsolationException(entry.Metadata.ClrType.Name);
            }
        }
    }
}
