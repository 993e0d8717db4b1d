using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Security.MyNumbers;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// Deletes everything one tenant owns (R-03, ADR 0043). What to delete comes from the EF model: every entity that
/// implements <see cref="ITenantOwned"/>, dependants before principals, so a table added later is purged without a
/// change here; owned rows go with their owner by cascade. The My Number data key goes first (ADR 0020), so whatever
/// an interruption leaves behind is already unreadable. Each batch commits with its count on the operator record;
/// a rerun continues where the last one stopped, and a purged tenant is skipped.
/// </summary>
internal sealed class TenantPurger(IServiceScopeFactory scopes, TimeProvider clock, IOptions<TenantPurgeOptions> options)
{
    private static readonly MethodInfo DeleteBatchMethod =
        typeof(TenantPurger).GetMethod(nameof(DeleteBatchAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Called after each committed batch; tests use it to interrupt a purge midway.</summary>
    internal Func<string, long, ValueTask>? BatchCommitted { get; set; }

    /// <summary>The tenant-owned entity types in delete order: the data key first, then dependants before principals.</summary>
    public static IReadOnlyList<IEntityType> PurgeOrder(IModel model)
    {
        var owned = model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.BaseType is null)
            .OrderBy(t => t.ClrType == typeof(TenantDataKey) ? 0 : 1)
            .ThenBy(t => t.ClrType.Name, StringComparer.Ordinal)
            .ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
            {
                return;
            }

            foreach (var dependant in type.GetReferencingForeignKeys().Select(fk => fk.DeclaringEntityType.GetRootType()))
            {
                if (owned.Contains(dependant) && dependant != type)
                {
                    Visit(dependant);
                }
            }

            ordered.Add(type);
        }

        owned.ForEach(Visit);
        return ordered;
    }

    /// <summary>Purges one tenant; returns the rows deleted by this call (0 when it was already purged).</summary>
    public async Task<long> PurgeAsync(TenantId tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant.Status == TenantStatus.Purged)
        {
            return 0;
        }

        var record = await db.TenantPurgeRecords.SingleOrDefaultAsync(r => r.TenantId == tenantId, cancellationToken);
        if (record is null)
        {
            record = TenantPurgeRecord.Start(tenant, clock.GetUtcNow().UtcDateTime);
            db.TenantPurgeRecords.Add(record);
        }
        else
        {
            record.Resume();
        }

        await db.SaveChangesAsync(cancellationToken);

        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
            {
                // Deleted cells and freed pages are overwritten with zeros on this connection (ADR 0043).
                await db.Database.ExecuteSqlAsync($"PRAGMA secure_delete = ON", cancellationToken);
            }

            long deleted = 0;
            foreach (var type in PurgeOrder(db.Model))
            {
                deleted += await PurgeKindAsync(db, record, type, tenantId, cancellationToken);
            }

            var announcements = await db.Announcements.Where(a => a.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
            if (announcements > 0)
            {
                record.Add(nameof(Announcement), announcements);
                deleted += announcements;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            tenant.MarkPurged(now);
            record.Complete(now);
            await db.SaveChangesAsync(cancellationToken);

            if (sqlite)
            {
                // Zeroed pages are copied into the main file and the write-ahead log is emptied, so no earlier copy
                // of a deleted page stays in the -wal file either.
                await db.Database.ExecuteSqlAsync($"PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
            }

            return deleted;
        }
        finally
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlAsync($"PRAGMA secure_delete = OFF", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<long> PurgeKindAsync(AppDbContext db, TenantPurgeRecord record, IEntityType type, TenantId tenantId, CancellationToken cancellationToken)
    {
        var batch = Math.Max(1, options.Value.PurgeBatchSize);
        var delete = DeleteBatchMethod.MakeGenericMethod(type.ClrType);
        long total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int deleted;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                deleted = await (Task<int>)delete.Invoke(null, [db, tenantId, batch, cancellationToken])!;
                if (deleted > 0)
                {
                    record.Add(type.ClrType.Name, deleted);
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            total += deleted;
            if (deleted > 0 && BatchCommitted is { } committed)
            {
                await committed(type.ClrType.Name, deleted);
            }

            if (deleted < batch)
            {
                return total;
            }
        }
    }

    private static Task<int> DeleteBatchAsync<TEntity>(AppDbContext db, TenantId tenantId, int batch, CancellationToken cancellationToken)
        where TEntity : class, ITenantOwned =>
        db.Set<TEntity>().IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(e => e.TenantId == tenantId)
            .Take(batch)
            .ExecuteDeleteAsync(cancellationToken);
}
