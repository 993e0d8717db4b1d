using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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

    // Compiled once per statement text and entity type for the process; a session prepares its statement anew but
    // binds with the same delegates (they take the statement as an argument).
    private static readonly ConcurrentDictionary<(IEntityType Entity, string Sql), Func<sqlite3_stmt, object, int>?[]> Compiled = new();

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly Func<sqlite3_stmt, object, int>?[] _binders;

    private SqliteRawRunner(TableStatement statement, SqliteConnection connection, sqlite3_stmt prepared)
        : base(statement)
    {
        _connection = connection;
        _statement = prepared;
        _binders = Compiled.GetOrAdd((statement.EntityType, statement.Sql), _ => Compile(statement));
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
                var rc = _binders[i] is { } bind ? bind(_statement, entity) : BindValue(i + 1, Statement.Value(i, entity, originalVersion, tenant));
                Check(_connection, rc);
            }

            var stepped = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (stepped != raw.SQLITE_DONE)
            {
                Check(_connection, stepped);
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
    private int BindValue(int index, object? value) => value switch
    {
        null => BindNull(_statement, index),
        string text => BindText(_statement, index, text),
        Guid guid => BindGuid(_statement, index, guid),
        DateTime time => BindDateTime(_statement, index, time),
        DateOnly date => BindDate(_statement, index, date),
        long number => BindInt64(_statement, index, number),
        int number => BindInt64(_statement, index, number),
        bool flag => BindBool(_statement, index, flag),
        byte[] bytes => BindBlob(_statement, index, bytes),
        double number => BindDouble(_statement, index, number),
        float number => BindDouble(_statement, index, number),
        Enum or byte or short => BindInt64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"{value.GetType().Name} cannot be bound by the SQLite bulk path."),
    };

    /// <summary>
    /// Per column, a delegate that reads the property typed, applies the EF converter's expression and binds the provider
    /// value with the call <see cref="BindValue"/> would make for it, without boxing, the type switch or the getter and
    /// converter delegates (ADR 0057). Null where only <see cref="TableStatement.Value"/> can give the value.
    /// </summary>
    private static Func<sqlite3_stmt, object, int>?[] Compile(TableStatement statement)
    {
        var binders = new Func<sqlite3_stmt, object, int>?[statement.ColumnCount];
        var stmt = Expression.Parameter(typeof(sqlite3_stmt), "statement");
        var entity = Expression.Parameter(typeof(object), "entity");
        var typed = Expression.Convert(entity, statement.EntityType.ClrType);
        for (var i = 0; i < binders.Length; i++)
        {
            if (statement.TryRead(i, typed, out var read, out var toProvider) && Bind(stmt, i + 1, read, toProvider) is { } body)
            {
                binders[i] = Expression.Lambda<Func<sqlite3_stmt, object, int>>(body, stmt, entity).Compile();
            }
        }

        return binders;
    }

    private static Expression? Bind(ParameterExpression stmt, int index, Expression value, LambdaExpression? toProvider)
    {
        var nullable = Nullable.GetUnderlyingType(value.Type);
        if (nullable is not null || (toProvider is not null && !value.Type.IsValueType))
        {
            // A null stays null: EF's converters never see it either.
            var local = Expression.Variable(value.Type);
            var present = nullable is not null ? Expression.Property(local, "HasValue") : (Expression)Expression.NotEqual(local, Expression.Constant(null, value.Type));
            var inner = Bind(stmt, index, nullable is not null ? Expression.Property(local, "Value") : local, toProvider);
            return inner is null ? null : Expression.Block(
                typeof(int), [local], Expression.Assign(local, value), Expression.Condition(present, inner, Call(nameof(BindNull), stmt, index)));
        }

        if (toProvider is not null)
        {
            var argument = toProvider.Parameters[0].Type;
            return Bind(stmt, index, Expression.Invoke(toProvider, value.Type == argument ? value : Expression.Convert(value, argument)), null);
        }

        var type = value.Type;
        if (type.IsEnum)
        {
            return Call(nameof(BindInt64), stmt, index, Expression.Convert(Expression.Convert(value, Enum.GetUnderlyingType(type)), typeof(long)));
        }

        return type switch
        {
            _ when type == typeof(string) => Call(nameof(BindText), stmt, index, value),
            _ when type == typeof(byte[]) => Call(nameof(BindBlob), stmt, index, value),
            _ when type == typeof(Guid) => Call(nameof(BindGuid), stmt, index, value),
            _ when type == typeof(DateTime) => Call(nameof(BindDateTime), stmt, index, value),
            _ when type == typeof(DateOnly) => Call(nameof(BindDate), stmt, index, value),
            _ when type == typeof(bool) => Call(nameof(BindBool), stmt, index, value),
            _ when type == typeof(long) => Call(nameof(BindInt64), stmt, index, value),
            _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) => Call(nameof(BindInt64), stmt, index, Expression.Convert(value, typeof(long))),
            _ when type == typeof(double) => Call(nameof(BindDouble), stmt, index, value),
            _ when type == typeof(float) => Call(nameof(BindDouble), stmt, index, Expression.Convert(value, typeof(double))),
            _ => null,
        };
    }

    private static MethodCallExpression Call(string helper, ParameterExpression stmt, int index, params Expression[] value) =>
        Expression.Call(typeof(SqliteRawRunner).GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!, [stmt, Expression.Constant(index), .. value]);

    // The typed forms of BindValue's cases, for the compiled binders; the same text and storage classes.
    private static int BindNull(sqlite3_stmt stmt, int index) => raw.sqlite3_bind_null(stmt, index);

    private static int BindText(sqlite3_stmt stmt, int index, string? text) =>
        text is null ? raw.sqlite3_bind_null(stmt, index) : raw.sqlite3_bind_text16(stmt, index, text);

    private static int BindBlob(sqlite3_stmt stmt, int index, byte[]? bytes) =>
        bytes is null ? raw.sqlite3_bind_null(stmt, index) : raw.sqlite3_bind_blob(stmt, index, bytes);

    private static int BindGuid(sqlite3_stmt stmt, int index, Guid guid)
    {
        Span<char> buffer = stackalloc char[36];
        guid.TryFormat(buffer, out var length);
        Ascii.ToUpperInPlace(buffer[..length], out _);
        return raw.sqlite3_bind_text16(stmt, index, buffer[..length]);
    }

    private static int BindDateTime(sqlite3_stmt stmt, int index, DateTime time)
    {
        Span<char> buffer = stackalloc char[40];
        time.TryFormat(buffer, out var length, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text16(stmt, index, buffer[..length]);
    }

    private static int BindDate(sqlite3_stmt stmt, int index, DateOnly date)
    {
        Span<char> buffer = stackalloc char[16];
        date.TryFormat(buffer, out var length, @"yyyy\-MM\-dd", CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text16(stmt, index, buffer[..length]);
    }

    private static int BindBool(sqlite3_stmt stmt, int index, bool flag) => raw.sqlite3_bind_int64(stmt, index, flag ? 1 : 0);

    private static int BindInt64(sqlite3_stmt stmt, int index, long number) => raw.sqlite3_bind_int64(stmt, index, number);

    private static int BindDouble(sqlite3_stmt stmt, int index, double number) => raw.sqlite3_bind_double(stmt, index, number);

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
