using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0063, 0065: a few SQLite connections that stay open, each keeping its commands prepared by SQL text, for the
/// reads every request or every employee's first page runs. Through EF the same read costs an open (a pool lock, EF's
/// SQL functions registered), a parse and plan, the query's delegates made again and a close. Reads only: each one
/// sees what is committed, as a read through EF at the start of a request does. SQLite only; server engines keep EF's
/// precompiled queries (their pooled opens register nothing, and they cache plans themselves).
/// </summary>
internal sealed class SqliteKeptStatements(string connectionString) : IDisposable
{
    // Enough for the concurrent requests of a busy node; more are opened when all are in use and closed after.
    private const int KeptConnections = 8;

    private readonly ConcurrentBag<KeptConnection> _idle = [];
    private int _idleCount;
    private bool _disposed;

    /// <summary>Runs <paramref name="sql"/> (a constant text: one prepared command per text and connection).</summary>
    public TResult Read<TArgs, TResult>(string sql, TArgs args, Action<Binder, TArgs> bind, Func<SqliteDataReader, TArgs, TResult> read)
    {
        var kept = Take();
        try
        {
            var command = kept.Command(sql);
            bind(new Binder(command), args);
            TResult result;
            using (var reader = command.ExecuteReader())
            {
                result = read(reader, args);
            }

            Return(kept);
            return result;
        }
        catch
        {
            kept.Dispose();
            throw;
        }
    }

    /// <summary>Every row of <paramref name="sql"/>, each made by <paramref name="map"/>.</summary>
    public List<T> ReadAll<TArgs, T>(string sql, TArgs args, Action<Binder, TArgs> bind, Func<SqliteDataReader, T> map) =>
        Read(sql, (Args: args, Bind: bind, Map: map), static (b, a) => a.Bind(b, a.Args), static (row, a) =>
        {
            var rows = new List<T>();
            while (row.Read())
            {
                rows.Add(a.Map(row));
            }

            return rows;
        });

    /// <summary>The one row of <paramref name="sql"/>, or null; a second row throws (SingleOrDefault, as EF's reads).</summary>
    public T? ReadSingleOrDefault<TArgs, T>(string sql, TArgs args, Action<Binder, TArgs> bind, Func<SqliteDataReader, T> map)
        where T : class =>
        Read(sql, (Args: args, Bind: bind, Map: map), static (b, a) => a.Bind(b, a.Args), static (row, a) =>
        {
            if (!row.Read())
            {
                return null;
            }

            var value = a.Map(row);
            return row.Read() ? throw new InvalidOperationException("More than one row where the key allows one.") : value;
        });

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var kept))
        {
            kept.Dispose();
        }
    }

    private KeptConnection Take()
    {
        if (_idle.TryTake(out var kept))
        {
            Interlocked.Decrement(ref _idleCount);
            return kept;
        }

        return new KeptConnection(connectionString);
    }

    private void Return(KeptConnection kept)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > KeptConnections)
        {
            Interlocked.Decrement(ref _idleCount);
            kept.Dispose();
            return;
        }

        _idle.Add(kept);
    }

    /// <summary>Sets a command's parameters, stored as EF Core's SQLite provider stores them.</summary>
    public readonly struct Binder(SqliteCommand command)
    {
        // Guids are upper-case text in EF Core's SQLite provider (the isolation tests compare these reads with EF's).
        public void Id(string name, Guid value) => Set(name, SqliteType.Text, value.ToString("D").ToUpperInvariant());

        /// <summary>The tenant filter EF adds to every read; outside a tenant the empty id, which no row has, so nothing
        /// matches (as EF's filter).</summary>
        public void Tenant(TenantId? tenant) => Id("$tenant", tenant?.Value ?? Guid.Empty);

        public void Int(string name, int value) => Set(name, SqliteType.Integer, value);

        public void Text(string name, string value) => Set(name, SqliteType.Text, value);

        /// <summary>A DateOnly as EF Core's SQLite provider stores it: yyyy-MM-dd text.</summary>
        public void Date(string name, DateOnly value) => Text(name, value.ToString(StoredValues.DateFormat, CultureInfo.InvariantCulture));

        private void Set(string name, SqliteType type, object value)
        {
            var index = command.Parameters.IndexOf(name);
            if (index < 0)
            {
                command.Parameters.Add(name, type).Value = value;
            }
            else
            {
                command.Parameters[index].Value = value;
            }
        }
    }

    private sealed class KeptConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public KeptConnection(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            try
            {
                _connection.Open();
            }
            catch
            {
                _connection.Dispose();
                throw;
            }
        }

        public SqliteCommand Command(string sql)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = _connection.CreateCommand();
                command.CommandText = sql;
                _commands.Add(sql, command);
            }

            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }
    }
}

/// <summary>Columns read back as EF Core's SQLite provider and the context's converters store and read them.</summary>
internal static class StoredValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static DateOnly Date(SqliteDataReader row, int ordinal) =>
        DateOnly.ParseExact(row.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? NullableDate(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : Date(row, ordinal);

    /// <summary>DateTimes are stored as text and read back as UTC (the context's converter).</summary>
    public static DateTime Utc(SqliteDataReader row, int ordinal) => DateTime.SpecifyKind(row.GetDateTime(ordinal), DateTimeKind.Utc);

    public static DateTime? NullableUtc(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : Utc(row, ordinal);

    public static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
