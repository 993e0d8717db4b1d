using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0063, 0065: on SQLite, the reads every request or list view makes on its way in, through kept prepared
/// statements (<see cref="SqliteKeptStatements"/>): the tenant's settings and sessions versions (one read per signed-in
/// request, ADR 0060, so a change made on any node is seen on the next request), and the stamps the kept list read
/// models are checked against (the employees' and each year's declarations' newest change), and the flow's reads of
/// the employee's declaration and payroll totals (ADR 0066). Through EF each cost an
/// open (a pool lock, EF's SQL functions registered), a parse and plan, and a close. The same SQL as
/// <see cref="RequestLookups{TContext}"/>'s compiled reads, the tenant's filter written out; the isolation tests compare
/// the answers. Server engines keep the EF path: their pooled opens register nothing, and they cache plans themselves.
/// </summary>
internal sealed class SqliteRequestReads(SqliteKeptStatements statements)
{
    private const string VersionsSql = """
        SELECT (SELECT "s"."Version" FROM "TenantSettings" AS "s" WHERE "s"."TenantId" = $tenant LIMIT 1), "t"."SessionsVersion"
        FROM "Tenants" AS "t" WHERE "t"."Id" = $tenant
        """;

    private const string NewestEmployeeChangeSql = """
        SELECT MAX("e"."UpdatedAtUtc") FROM "Employees" AS "e" WHERE "e"."TenantId" = $tenant
        """;

    // MAX over the (tenant, year, UpdatedAtUtc, id) index: one seek per year.
    private const string NewestDeclarationChangeSql = """
        SELECT MAX("d"."UpdatedAtUtc") FROM "Declarations" AS "d" WHERE "d"."TenantId" = $tenant AND "d"."TaxYear" = $year
        """;

    // The (tenant, employee, year) unique index: at most one row.
    private const string PayrollSql = """
        SELECT "p"."SalaryPaid", "p"."BonusPaid", "p"."TaxWithheld", "p"."SocialInsuranceWithheld", "p"."PreviousEmployersSalaryPaid", "p"."PreviousEmployersTaxWithheld", "p"."PreviousEmployersSocialInsurance"
        FROM "PayrollTotals" AS "p"
        WHERE "p"."TenantId" = $tenant AND "p"."EmployeeId" = $employee AND "p"."TaxYear" = $year
        LIMIT 2
        """;

    // The (tenant, employee, year) unique index: at most one row (ADR 0066).
    private const string DeclarationSql = "SELECT " + DeclarationRows.Columns + """

        FROM "Declarations" AS "d"
        WHERE "d"."TenantId" = $tenant AND "d"."EmployeeId" = $employee AND "d"."TaxYear" = $year
        LIMIT 2
        """;

    private long _reads;
    private long _declarationReads;

    /// <summary>Versions reads answered since start (the tests count the per-request check with it).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>Declaration reads since start (the tests count the flow's reads with it).</summary>
    public long DeclarationReads => Interlocked.Read(ref _declarationReads);

    public RequestVersions Read(TenantId tenant)
    {
        var versions = statements.Read(VersionsSql, tenant, static (bind, t) => bind.Tenant(t), static (row, _) =>
            // The tenant row exists for a bound tenant; the settings row may not (-1: defaults apply).
            row.Read() ? new RequestVersions(row.IsDBNull(0) ? -1 : row.GetInt32(0), row.GetInt32(1)) : default);
        Interlocked.Increment(ref _reads);
        return versions;
    }

    public DateTime? NewestEmployeeChange(TenantId tenant) =>
        statements.Read(NewestEmployeeChangeSql, tenant, static (bind, t) => bind.Tenant(t), static (row, _) => Newest(row));

    public DateTime?[] NewestDeclarationChanges(TenantId tenant, IReadOnlyList<int> taxYears)
    {
        var result = new DateTime?[taxYears.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = statements.Read(
                NewestDeclarationChangeSql,
                (Tenant: tenant, Year: taxYears[i]),
                static (bind, a) =>
                {
                    bind.Tenant(a.Tenant);
                    bind.Int("$year", a.Year);
                },
                static (row, _) => Newest(row));
        }

        return result;
    }

    /// <summary>The live estimate's payroll figures (ADR 0063's precompiled read, here as a kept statement).</summary>
    public PayrollAmounts? Payroll(TenantId tenant, EmployeeId employee, int taxYear) =>
        statements.ReadSingleOrDefault(
            PayrollSql,
            (Tenant: tenant, Employee: employee, Year: taxYear),
            Bind,
            static row => new PayrollAmounts(
                new Yen(row.GetInt64(0)), new Yen(row.GetInt64(1)), new Yen(row.GetInt64(2)), new Yen(row.GetInt64(3)),
                new Yen(row.GetInt64(4)), new Yen(row.GetInt64(5)), new Yen(row.GetInt64(6))));

    /// <summary>An employee's declaration of a year, untracked (the flow's page reads, ADR 0066).</summary>
    public Declaration? Declaration(TenantId tenant, EmployeeId employee, int taxYear)
    {
        Interlocked.Increment(ref _declarationReads);
        return statements.ReadSingleOrDefault(DeclarationSql, (Tenant: tenant, Employee: employee, Year: taxYear), Bind, DeclarationRows.Read);
    }

    private static void Bind(SqliteKeptStatements.Binder bind, (TenantId Tenant, EmployeeId Employee, int Year) key)
    {
        bind.Tenant(key.Tenant);
        bind.Id("$employee", key.Employee.Value);
        bind.Int("$year", key.Year);
    }

    // MAX over no rows is one row holding NULL.
    private static DateTime? Newest(Microsoft.Data.Sqlite.SqliteDataReader row) => row.Read() ? StoredValues.NullableUtc(row, 0) : null;
}
