using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SQLitePCL;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Bulk;

/// <summary>Runs one <see cref="TableStatement"/> for many rows; each row must affect exactly one row.</summary>
internal abstract class StatementRunner(TableStatement statement) : IAsyncDisposable
{
    protected TableStatement Statement { get; } = statement;

    public abstract Task RunAsync(IReadOnlyList<(object Entity, int? OriginalVersion)> rows, TenantId tenant, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected DbUpdateConcurrencyException Conflict() =>
        new($"A row of {Statement.TableName} was changed or removed by someone else during the write.", []);
}

/// <summary>
/// SQLite: the prepared statement is driven through SQLitePCL directly, binding by position. Microsoft.Data.Sqlite
/// looks every parameter up by name and re-checks its type on each execution, which doubled the cost of 100,000
/// 19-column inserts (0.8 s against 1.5 s, ADR 0025). Values are turned into the same TEXT/INTEGER/BLOB forms
/// Microsoft.Data.Sqlite writes (a test compares both paths column by column); other types use <see cref="CommandRunner"/>.
/// </summary>
internal sealed class SqliteRawRunner : StatementRunner
{
    private static readonly HashSet<Type> Supported =
    [
        typeof(string), typeof(byte[]), typeof(Guid), typeof(DateTime), typeof(DateOnly), typeof(bool),
        typeof(byte), typeof(short), typeof(int), typeof(long), typeof(double), typeof(float),
    ];

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    private SqliteRawRunner(TableStatement statement, SqliteConnection connection, sqlite3_stmt prepared)
        : base(statement)
    {
        _connection = connection;
        _statement = prepared;
    }

    public static bool CanRun(TableStatement statement) => statement.ProviderTypes.All(t => Supported.Contains(t) || t.IsEnum);

    public static SqliteRawRunner Prepare(TableStatement statement, SqliteConnection connection)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, statement.Sql, out var prepared);
        Check(connection, rc);
        return new SqliteRawRunner(statement, connection, prepared);
    }

    public override Task RunAsync(IReadOnlyList<(object Entity, int? OriginalVersion)> rows, TenantId tenant, CancellationToken cancellationToken)
    {
        Statement.ForgetConversions();
        var db = _connection.Handle!;
        foreach (var (entity, originalVersion) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < Statement.ColumnCount; i++)
            {
                Check(_connection, BindValue(i + 1, Statement.Value(i, entity, originalVersion, tenant)));
            }

            var rc = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(_connection, rc);
            }

            if (raw.sqlite3_changes(db) != 1)
            {
                throw Conflict();
            }
        }

        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _statement.Dispose();
        return ValueTask.CompletedTask;
    }

    // The forms Microsoft.Data.Sqlite 10 writes for these types (its SqliteValueBinder), so rows read back identically.
    // Keys and times are formatted into a stack buffer: two strings per GUID (ToString, ToUpperInvariant) were a
    // measurable share of a 60-column insert (ADR 0055).
    private int BindValue(int index, object? value)
    {
        Span<char> buffer = stackalloc char[40];
        int length;
        switch (value)
        {
            case null:
                return raw.sqlite3_bind_null(_statement, index);
            case string text:
                return raw.sqlite3_bind_text16(_statement, index, text);
            case Guid guid:
                guid.TryFormat(buffer, out length);
                Ascii.ToUpperInPlace(buffer[..length], out _);
                return raw.sqlite3_bind_text16(_statement, index, buffer[..length]);
            case DateTime time:
                time.TryFormat(buffer, out length, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);
                return raw.sqlite3_bind_text16(_statement, index, buffer[..length]);
            case DateOnly date:
                date.TryFormat(buffer, out length, @"yyyy\-MM\-dd", CultureInfo.InvariantCulture);
                return raw.sqlite3_bind_text16(_statement, index, buffer[..length]);
            case long number:
                return raw.sqlite3_bind_int64(_statement, index, number);
            case int number:
                return raw.sqlite3_bind_int64(_statement, index, number);
            case bool flag:
                return raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0);
            case byte[] bytes:
                return raw.sqlite3_bind_blob(_statement, index, bytes);
            case double number:
                return raw.sqlite3_bind_double(_statement, index, number);
            case float number:
                return raw.sqlite3_bind_double(_statement, index, number);
            case Enum or byte or short:
                return raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture));
            default:
                throw new NotSupportedException($"{value.GetType().Name} cannot be bound by the SQLite bulk path.");
        }
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            // The same exception Microsoft.Data.Sqlite raises, so callers see one kind of failure whichever path ran.
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(connection.Handle));
        }
    }
}

/// <summary>Any ADO.NET provider: one prepared command, parameters rebound per row.</summary>
internal sealed class CommandRunner : StatementRunner
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public CommandRunner(TableStatement statement, DbConnection connection, DbTransaction transaction)
        : base(statement)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = statement.Sql;
        _parameters = statement.CreateParameters(_command);
        _command.Parameters.AddRange(_parameters);
        _command.Prepare();
    }

    public override async Task RunAsync(IReadOnlyList<(object Entity, int? OriginalVersion)> rows, TenantId tenant, CancellationToken cancellationToken)
    {
        Statement.ForgetConversions();
        foreach (var (entity, originalVersion) in rows)
        {
            Statement.Bind(_parameters, entity, originalVersion, tenant);
            if (await _command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw Conflict();
            }
        }
    }

    public override ValueTask DisposeAsync() => _command.DisposeAsync();
}

/// <summary>
/// Providers with <see cref="DbBatch"/> (SQL Server): <see cref="BatchSize"/> rows per round trip. Not run on this
/// machine (no server); it sends the same statements as the other runners.
/// </summary>
internal sealed class BatchRunner(TableStatement statement, DbConnection connection, DbTransaction transaction) : StatementRunner(statement)
{
    public const int BatchSize = 500;

    public override async Task RunAsync(IReadOnlyList<(object Entity, int? OriginalVersion)> rows, TenantId tenant, CancellationToken cancellationToken)
    {
        Statement.ForgetConversions();
        await using var factory = connection.CreateCommand();
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var (entity, originalVersion) in chunk)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = Statement.Sql;
                var parameters = Statement.CreateParameters(factory);
                Statement.Bind(parameters, entity, originalVersion, tenant);
                command.Parameters.AddRange(parameters);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            if (batch.BatchCommands.Any(c => c.RecordsAffected != 1))
            {
                throw Conflict();
            }
        }
    }
}

/// <summary>
/// PostgreSQL inserts (ADR 0045): each call streams its rows through one <c>COPY … FROM STDIN (FORMAT BINARY)</c> on the
/// session's connection, so they are part of its open transaction and a rollback removes them like any insert. Binary
/// COPY carries no type per value: each value is written as its column's store type, so a width mismatch (an int into
/// a bigint column) fails loudly instead of storing garbage.
/// </summary>
internal sealed class PostgreSqlCopyRunner(TableStatement statement, NpgsqlConnection connection) : StatementRunner(statement)
{
    public static bool CanRun(TableStatement statement) => statement.CopySql is not null;

    public override async Task RunAsync(IReadOnlyList<(object Entity, int? OriginalVersion)> rows, TenantId tenant, CancellationToken cancellationToken)
    {
        Statement.ForgetConversions();
        var types = Enumerable.Range(0, Statement.ColumnCount).Select(Statement.StoreTypeBase).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(Statement.CopySql!, cancellationToken);
        foreach (var (entity, originalVersion) in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                var value = Statement.Value(i, entity, originalVersion, tenant);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, types[i], cancellationToken);
                }
            }
        }

        // Disposing an importer that was not completed cancels the COPY, and with it the transaction.
        var written = await importer.CompleteAsync(cancellationToken);
        if (written != (ulong)rows.Count)
        {
            throw Conflict();
        }
    }
}
