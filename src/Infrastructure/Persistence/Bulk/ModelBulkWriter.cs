using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;

namespace YearEndAdjustment.Infrastructure.Persistence.Bulk;

/// <summary>
/// ADR 0021, 0025. Writes aggregates with parameterised statements inside one transaction of the context's own
/// connection. Table, column and parameter names and every parameter's type come from the EF model and the provider's
/// type mappings, so the SQL always matches the migrations and the converters; values only ever travel as parameters
/// . The tenant guard of <see cref="TenantGuardInterceptor"/> is repeated here because these writes bypass
/// SaveChanges, and every UPDATE also matches on the tenant.
/// </summary>
internal sealed class ModelBulkWriter(AppDbContext db) : IBulkWriter
{
    /// <summary>SQLite's own default (about 2 MB), restored when a session ends.</summary>
    private const int DefaultSqliteCacheSize = -2000;

    public async Task ApplyAsync(BulkChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (changes.IsEmpty)
        {
            return;
        }

        await using var session = await BeginAsync(cancellationToken);
        await session.WriteAsync(changes, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<IBulkWriteSession> BeginAsync(CancellationToken cancellationToken = default)
    {
        var tenant = db.BoundTenantId ?? throw new TenantIsolationException("bulk write without a tenant");
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WidenSqliteCacheAsync(cancellationToken);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return new Session(db, transaction, tenant);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>
    /// Appends rows for Infrastructure's own cross-tenant writers (the access log): one transaction, one prepared
    /// statement bound per row, without the change tracker (about ten times cheaper per row than SaveChanges, ADR
    /// 0025). Only in a system scope, like the writers it serves.
    /// </summary>
    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (!db.IsSystemScope)
        {
            throw new TenantIsolationException(typeof(T).Name);
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        var statement = TableStatement.Insert(entity, db.GetService<ISqlGenerationHelper>());
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var dbTransaction = transaction.GetDbTransaction();
            var connection = dbTransaction.Connection!;
            await using (StatementRunner runner = connection switch
            {
                SqliteConnection sqlite when SqliteRawRunner.CanRun(statement) => SqliteRawRunner.Prepare(statement, sqlite),
                Npgsql.NpgsqlConnection npgsql when PostgreSqlCopyRunner.CanRun(statement) => new PostgreSqlCopyRunner(statement, npgsql),
                _ when connection.CanCreateBatch => new BatchRunner(statement, connection, dbTransaction),
                _ => new CommandRunner(statement, connection, dbTransaction),
            })
            {
                await runner.RunAsync(rows.Select(r => ((object)r, (int?)null)).ToList(), TenantId.None, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// SQLite's default page cache (2 MB) is far smaller than the index pages 100,000 inserts touch, so the transaction
    /// spills dirty pages to disk over and over; 64 MB for this connection keeps them in memory. A constant statement.
    /// </summary>
    private async Task WidenSqliteCacheAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            await using var pragma = sqlite.CreateCommand();
            pragma.CommandText = "PRAGMA cache_size = -65536";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class Session(AppDbContext db, IDbContextTransaction transaction, TenantId tenant) : IBulkWriteSession
    {
        private readonly Dictionary<(Type Type, bool Update), StatementRunner> _runners = [];
        private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
        private bool _committed;

        public async Task WriteAsync(BulkChangeSet changes, CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            Guard(changes);
            foreach (var group in changes.Inserts.GroupBy(e => e.GetType()))
            {
                await Runner(group.Key, update: false).RunAsync(group.Select(e => (e, (int?)null)).ToList(), tenant, cancellationToken);
                await InsertOwnedAsync(group.Key, [.. group], cancellationToken);
            }

            foreach (var group in changes.Updates.GroupBy(u => u.Entity.GetType()))
            {
                await Runner(group.Key, update: true).RunAsync(group.Select(u => (u.Entity, (int?)u.OriginalVersion)).ToList(), tenant, cancellationToken);
            }
        }

        /// <summary>
        /// A new aggregate's owned collections (an employee's family members) go in with it, so a seeded or imported
        /// aggregate is whole; updates still write only the entity's own table.
        /// </summary>
        private async Task InsertOwnedAsync(Type ownerType, IReadOnlyList<object> owners, CancellationToken cancellationToken)
        {
            var entity = db.Model.FindEntityType(ownerType) ?? throw new InvalidOperationException($"{ownerType.Name} is not part of the model.");
            foreach (var navigation in entity.GetNavigations().Where(n => n.IsCollection && n.TargetEntityType.IsOwned()))
            {
                var rows = new List<(object, int?)>();
                foreach (var owner in owners)
                {
                    if (navigation.GetGetter().GetClrValueUsingContainingEntity(owner) is System.Collections.IEnumerable elements)
                    {
                        foreach (var element in elements)
                        {
                            rows.Add((new OwnedRow(owner, element), null));
                        }
                    }
                }

                if (rows.Count > 0)
                {
                    await Runner(navigation.TargetEntityType.ClrType, update: false).RunAsync(rows, tenant, cancellationToken);
                }
            }
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var runner in _runners.Values)
            {
                await runner.DisposeAsync();
            }

            // Not committed: disposing the transaction rolls every chunk back.
            await transaction.DisposeAsync();
            await ReleaseSqliteCacheAsync();
            await db.Database.CloseConnectionAsync();
        }

        /// <summary>
        /// The connection goes back to the pool with its page cache; without this every pooled connection that ever
        /// ran an import would keep up to 64 MB. Constant statements.
        /// </summary>
        private async Task ReleaseSqliteCacheAsync()
        {
            if (db.Database.GetDbConnection() is SqliteConnection sqlite)
            {
                await using var pragma = sqlite.CreateCommand();
                pragma.CommandText = $"PRAGMA cache_size = {DefaultSqliteCacheSize}; PRAGMA shrink_memory;";
                await pragma.ExecuteNonQueryAsync();
            }
        }

        private StatementRunner Runner(Type type, bool update)
        {
            if (_runners.TryGetValue((type, update), out var runner))
            {
                return runner;
            }

            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not part of the model.");
            var statement = update ? TableStatement.Update(entity, _sql) : TableStatement.Insert(entity, _sql);
            var dbTransaction = transaction.GetDbTransaction();
            var connection = dbTransaction.Connection!;
            runner = connection switch
            {
                SqliteConnection sqlite when SqliteRawRunner.CanRun(statement) => SqliteRawRunner.Prepare(statement, sqlite),
                Npgsql.NpgsqlConnection npgsql when PostgreSqlCopyRunner.CanRun(statement) => new PostgreSqlCopyRunner(statement, npgsql),
                _ when connection.CanCreateBatch => new BatchRunner(statement, connection, dbTransaction),
                _ => new CommandRunner(statement, connection, dbTransaction),
            };
            _runners[(type, update)] = runner;
            return runner;
        }

        private void Guard(BulkChangeSet changes)
        {
            foreach (var entity in changes.Inserts.Concat(changes.Updates.Select(u => u.Entity)))
            {
                if (entity is not ITenantOwned owned || owned.TenantId != tenant || db.BoundTenantId != tenant)
                {
                    throw new TenantIsolationException(entity.GetType().Name);
                }
            }

            // ADR 0060: a change to an account or a session must move the tenant's sessions version, which only
            // SaveChanges does; these writes bypass it.
            if (changes.Updates.Any(u => SessionsVersion.Covers(u.Entity.GetType())))
            {
                throw new NotSupportedException("Accounts and sessions are changed through SaveChanges, not bulk updates.");
            }
        }
    }
}
