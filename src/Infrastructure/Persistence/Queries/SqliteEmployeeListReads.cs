using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.ListEmployees;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0065: the employee list's default shape (current staff in number order, optionally of one department) on SQLite
/// through kept prepared statements: EF's open, parse and plan, materialisation and close were about a sixth of the
/// page at 100,000 employees. The same SQL as <see cref="EmployeeListReads{TContext}"/>'s, the tenant's filter written
/// out (the isolation tests compare both readers on two tenants).
/// </summary>
internal sealed class SqliteEmployeeListReads(SqliteKeptStatements statements, ITenantContext tenantContext) : IEmployeeListReads
{
    private const string Columns = """
        SELECT "e"."Id", "e"."Number", "e"."Name", "e"."NameKana", "e"."DepartmentCode", "e"."DepartmentName", "e"."HireDate", "e"."LeaveDate", "e"."MyNumberCiphertext" IS NOT NULL
        FROM "Employees" AS "e"
        """;

    private const string CurrentSql = Columns + """

        WHERE "e"."TenantId" = $tenant AND ("e"."LeaveDate" IS NULL OR "e"."LeaveDate" >= $today)
        ORDER BY "e"."Number"
        LIMIT $take OFFSET $skip
        """;

    private const string CurrentOfDepartmentSql = Columns + """

        WHERE "e"."TenantId" = $tenant AND ("e"."LeaveDate" IS NULL OR "e"."LeaveDate" >= $today) AND "e"."DepartmentCode" = $department
        ORDER BY "e"."Number"
        LIMIT $take OFFSET $skip
        """;

    public Task<List<EmployeeListItemDto>> CurrentPageAsync(DateOnly today, string? department, int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(
            department is null ? CurrentSql : CurrentOfDepartmentSql,
            (tenantContext.TenantId, today, department, skip, take),
            static (bind, a) =>
            {
                bind.Tenant(a.TenantId);
                bind.Date("$today", a.today);
                if (a.department is not null)
                {
                    bind.Text("$department", a.department);
                }

                bind.Int("$take", a.take);
                bind.Int("$skip", a.skip);
            },
            static row => new EmployeeListItemDto(
                row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetString(3),
                StoredValues.NullableString(row, 4), StoredValues.NullableString(row, 5),
                StoredValues.Date(row, 6), StoredValues.NullableDate(row, 7), row.GetBoolean(8))));
}
