using System.Globalization;
using Microsoft.Data.Sqlite;
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
        Task.FromResult(statements.Read(
            department is null ? CurrentSql : CurrentOfDepartmentSql,
            // Outside a tenant EF's filter matches nothing; so does the empty id, which no row has.
            (Tenant: tenantContext.TenantId?.Value ?? Guid.Empty, Today: Date(today), Department: department, Skip: skip, Take: take),
            static (bind, a) =>
            {
                bind.Id("$tenant", a.Tenant);
                bind.Text("$today", a.Today);
                if (a.Department is not null)
                {
                    bind.Text("$department", a.Department);
                }

                bind.Int("$take", a.Take);
                bind.Int("$skip", a.Skip);
            },
            static (row, a) =>
            {
                var items = new List<EmployeeListItemDto>(a.Take);
                while (row.Read())
                {
                    items.Add(new EmployeeListItemDto(
                        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetString(3),
                        row.IsDBNull(4) ? null : row.GetString(4), row.IsDBNull(5) ? null : row.GetString(5),
                        ParseDate(row.GetString(6)), row.IsDBNull(7) ? null : ParseDate(row.GetString(7)),
                        row.GetBoolean(8)));
                }

                return items;
            }));

    // DateOnly is stored as EF Core's SQLite provider stores it: yyyy-MM-dd text.
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
