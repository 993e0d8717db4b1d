using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.GetMyTasks;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0065: the employee home's two reads on SQLite through kept prepared statements — the page every employee
/// opens first, where EF's open, parse and plan and per-execution set-up were a third of the page. The same SQL as
/// <see cref="MyTasksReads{TContext}"/>'s, the tenant's filter written out (the isolation tests compare both readers on
/// two tenants).
/// </summary>
internal sealed class SqliteMyTasksReads(SqliteKeptStatements statements, ITenantContext tenantContext) : IMyTasksReads
{
    private const string OpenSql = """
        SELECT "d"."TaxYear", "d"."Status", "d"."Deadline", "d"."AssistedEditsPendingSinceUtc" IS NOT NULL
        FROM "Declarations" AS "d"
        WHERE "d"."TenantId" = $tenant AND "d"."EmployeeId" = $employee AND ("d"."Status" <> 'Approved' OR "d"."AssistedEditsPendingSinceUtc" IS NOT NULL)
        ORDER BY "d"."TaxYear" DESC
        """;

    private const string PublishedSql = """
        SELECT "y"."TaxYear", "y"."Difference", "y"."NotAdjustedReason" = 'None'
        FROM "YearEndResults" AS "y"
        WHERE "y"."TenantId" = $tenant AND "y"."EmployeeId" = $employee AND "y"."IsPublished"
        ORDER BY "y"."TaxYear" DESC
        """;

    public Task<List<OpenDeclarationRow>> OpenDeclarationsAsync(EmployeeId employee, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(OpenSql, (tenantContext.TenantId, employee), Bind, static row => new OpenDeclarationRow(
            new TaxYear(row.GetInt32(0)), Enum.Parse<DeclarationStatus>(row.GetString(1)), StoredValues.NullableDate(row, 2), row.GetBoolean(3))));

    public Task<List<MyPublishedResultDto>> PublishedResultsAsync(EmployeeId employee, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(PublishedSql, (tenantContext.TenantId, employee), Bind,
            static row => new MyPublishedResultDto(row.GetInt32(0), row.GetInt64(1), row.GetBoolean(2))));

    private static void Bind(SqliteKeptStatements.Binder bind, (TenantId? Tenant, EmployeeId Employee) a)
    {
        bind.Tenant(a.Tenant);
        bind.Id("$employee", a.Employee.Value);
    }
}
