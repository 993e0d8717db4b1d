using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0063: the one statement every signed-in request runs (a tenant's settings and sessions versions, ADR 0060), on
/// SQLite, through the kept connections of <see cref="SqliteKeptStatements"/>, with the statement prepared once. Through EF the same
/// read cost an open (a pool lock, EF's SQL functions registered), a parse and plan of the statement, and a close that
/// removes the functions again: about a fifth of a signed-in page. Still one read of the database per request, so a
/// change made on any node is seen on the next request. Server engines keep the EF path: their pooled opens register
/// nothing, and they cache plans themselves.
/// </summary>
internal sealed class SqliteVersionsReader(SqliteKeptStatements statements)
{
    private const string Sql = """
        SELECT (SELECT "s"."Version" FROM "TenantSettings" AS "s" WHERE "s"."TenantId" = $tenant LIMIT 1), "t"."SessionsVersion"
        FROM "Tenants" AS "t" WHERE "t"."Id" = $tenant
        """;

    private long _reads;

    /// <summary>Reads answered since start (the tests count the per-request check with it).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    public RequestVersions Read(TenantId tenant)
    {
        var versions = statements.Read(Sql, tenant, static (bind, t) => bind.Id("$tenant", t.Value), static (row, _) =>
            // The tenant row exists for a bound tenant; the settings row may not (-1: defaults apply).
            row.Read() ? new RequestVersions(row.IsDBNull(0) ? -1 : row.GetInt32(0), row.GetInt32(1)) : default);
        Interlocked.Increment(ref _reads);
        return versions;
    }
}
