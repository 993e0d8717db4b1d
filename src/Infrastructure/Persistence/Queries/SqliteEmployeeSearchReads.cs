using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0069 on SQLite: the search's ranges through kept statements, each walking its key's index (tenant, key, number,
/// leave date) in key order; the same SQL as <see cref="EmployeeSearchReads"/>'s LINQ, the tenant's filter written out
/// (the isolation test compares both).
/// </summary>
internal sealed class SqliteEmployeeSearchReads(SqliteKeptStatements statements, ITenantContext tenantContext) : IEmployeeSearchReads
{
    private const string OfDepartment = """ AND "e"."DepartmentCode" = $department""";

    // [kind, with department]
    private static readonly string[,] KeyRangeSql =
    {
        { KeyRange("NameSearch", department: false), KeyRange("NameSearch", department: true) },
        { KeyRange("KanaSearch", department: false), KeyRange("KanaSearch", department: true) },
    };

    private static readonly string[] ByNumberSql =
    [
        """SELECT "e"."Id" FROM "Employees" AS "e" WHERE "e"."TenantId" = $tenant AND "e"."Number" = $number""",
        """SELECT "e"."Id" FROM "Employees" AS "e" WHERE "e"."TenantId" = $tenant AND "e"."Number" = $number""" + OfDepartment,
    ];

    public Task<List<EmployeeId>> IdsByKeyAsync(string? department, SearchKeyKind kind, string from, string to, int take, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(
            KeyRangeSql[kind == SearchKeyKind.Name ? 0 : 1, department is null ? 0 : 1],
            (tenantContext.TenantId, department, from, to, take),
            static (bind, a) =>
            {
                bind.Tenant(a.TenantId);
                if (a.department is not null)
                {
                    bind.Text("$department", a.department);
                }

                bind.Text("$from", a.from);
                bind.Text("$to", a.to);
                bind.Int("$take", a.take);
            },
            static row => new EmployeeId(row.GetGuid(0))));

    public Task<List<EmployeeId>> IdsByNumberAsync(string? department, string number, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(
            ByNumberSql[department is null ? 0 : 1],
            (tenantContext.TenantId, department, number),
            static (bind, a) =>
            {
                bind.Tenant(a.TenantId);
                if (a.department is not null)
                {
                    bind.Text("$department", a.department);
                }

                bind.Text("$number", a.number);
            },
            static row => new EmployeeId(row.GetGuid(0))));

    private static string KeyRange(string column, bool department) =>
        $"""
        SELECT "e"."Id"
        FROM "Employees" AS "e"
        WHERE "e"."TenantId" = $tenant{(department ? OfDepartment : "")} AND "e"."{column}" >= $from AND "e"."{column}" < $to
        ORDER BY "e"."{column}"
        LIMIT $take
        """;
}
