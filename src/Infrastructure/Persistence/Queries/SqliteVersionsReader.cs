using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0063: the one statement every signed-in request runs (a tenant's settings and sessions versions, ADR 0060), on
/// SQLite, through a few connections of its own that stay open with the statement prepared once. Through EF the same
/// read cost an open (a pool lock, EF's SQL functions registered), a parse and plan of the statement, and a close that
/// removes the functions again: about a fifth of a signed-in page. Still one read of the database per request, so a
/// change made on any node is seen on the next request. Server engines keep the EF path: their pooled opens register
/// nothing, and they cache plans themselves.
/// </summary>
internal sealed class SqliteVersionsReader(string connectionString) : IDisposable
{
    // Ids are stored as EF Core's SQLite provider stores a Guid: upper-case text (checked against EF's read in a test).
    private const string Sql = """
        SELECT (SELECT "s"."Version" FROM "TenantSettings" AS "s" WHERE "s"."TenantId" = $tenant LIMIT 1), "t"."SessionsVersion"
        FROM "Tenants" AS "t" WHERE "t"."Id" = $tenant
        """;

    // Enough for the concurrent requests of a busy node; more are opened when all are in use and closed after.
    private const int KeptReaders = 8;

    private readonly ConcurrentBag<Reader> _idle = [];
    private int _idleCount;
    private long _reads;
    private bool _disposed;

    /// <summary>Reads answered since start (the tests count the per-request check with it).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    public RequestVersions Read(TenantId tenant)
    {
        var reader = Take();
        try
        {
            var versions = reader.Read(tenant);
            Return(reader);
            Interlocked.Increment(ref _reads);
            return versions;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private Reader Take()
    {
        if (_idle.TryTake(out var reader))
        {
            Interlocked.Decrement(ref _idleCount);
            return reader;
        }

        return new Reader(connectionString);
    }

    private void Return(Reader reader)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > KeptReaders)
        {
            Interlocked.Decrement(ref _idleCount);
            reader.Dispose();
            return;
        }

        _idle.Add(reader);
    }

    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _tenant;

        public Reader(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            try
            {
                _connection.Open();
                _command = _connection.CreateCommand();
                _command.CommandText = Sql;
                _tenant = _command.Parameters.Add("$tenant", SqliteType.Text);
                _command.Prepare();
            }
            catch
            {
                _connection.Dispose();
                throw;
            }
        }

        public RequestVersions Read(TenantId tenant)
        {
            _tenant.Value = tenant.Value.ToString("D").ToUpperInvariant();
            using var row = _command.ExecuteReader();

            // The tenant row exists for a bound tenant; the settings row may not (-1: defaults apply).
            return row.Read()
                ? new RequestVersions(row.IsDBNull(0) ? -1 : row.GetInt32(0), row.GetInt32(1))
                : default;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
