using System.Text.Json;
using Microsoft.Data.Sqlite;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.ListEmployees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0065: the employee list's default shape (current staff in number order, optionally of one department) on SQLite
/// through kept prepared statements: EF's open, parse and plan, materialisation and close were about a sixth of the
/// page at 100,000 employees. The same SQL as <see cref="EmployeeListReads{TContext}"/>'s, the tenant's filter written
/// out (the isolation tests compare both readers on two tenants). ADR 0069: the same shape's search too — a broad kana
/// prefix read up to a thousand numbers through EF's materialiser, most of that page — and the declaration list's search
/// ranges over every employee, as ids (<see cref="IEmployeeSearchReads"/>).
/// </summary>
internal sealed class SqliteEmployeeListReads(SqliteKeptStatements statements, ITenantContext tenantContext) : IEmployeeListReads, IEmployeeSearchReads
{
    private const string Columns = """
        SELECT "e"."Id", "e"."Number", "e"."Name", "e"."NameKana", "e"."DepartmentCode", "e"."DepartmentName", "e"."HireDate", "e"."LeaveDate", "e"."MyNumberCiphertext" IS NOT NULL
        FROM "Employees" AS "e"
        """;

    private const string CurrentWhere = """
        WHERE "e"."TenantId" = $tenant AND ("e"."LeaveDate" IS NULL OR "e"."LeaveDate" >= $today)
        """;

    private const string TenantWhere = """WHERE "e"."TenantId" = $tenant""";

    private const string OfDepartment = """ AND "e"."DepartmentCode" = $department""";

    private const string CurrentSql = Columns + "\n" + CurrentWhere + """

        ORDER BY "e"."Number"
        LIMIT $take OFFSET $skip
        """;

    private const string CurrentOfDepartmentSql = Columns + "\n" + CurrentWhere + OfDepartment + """

        ORDER BY "e"."Number"
        LIMIT $take OFFSET $skip
        """;

    // [kind, with department]: each key's own index range (tenant, key, number, leave date), walked in key order; the
    // list's current staff by number, the declaration search's every employee by id.
    private static readonly string[,] CurrentNumbersSql =
    {
        { KeyRange("Number", "NameSearch", current: true, department: false), KeyRange("Number", "NameSearch", current: true, department: true) },
        { KeyRange("Number", "KanaSearch", current: true, department: false), KeyRange("Number", "KanaSearch", current: true, department: true) },
    };

    private static readonly string[,] IdsSql =
    {
        { KeyRange("Id", "NameSearch", current: false, department: false), KeyRange("Id", "NameSearch", current: false, department: true) },
        { KeyRange("Id", "KanaSearch", current: false, department: false), KeyRange("Id", "KanaSearch", current: false, department: true) },
    };

    private static readonly string[] IdByNumberSql =
    [
        """SELECT "e"."Id" FROM "Employees" AS "e" """ + TenantWhere + """ AND "e"."Number" = $number""",
        """SELECT "e"."Id" FROM "Employees" AS "e" """ + TenantWhere + """ AND "e"."Number" = $number""" + OfDepartment,
    ];

    // The numbers arrive as one JSON array: one statement for any count, each number sought through (tenant, number).
    private static readonly string[] ByNumbersSql = [ByNumbers(department: false), ByNumbers(department: true)];

    public Task<List<EmployeeListItemDto>> CurrentPageAsync(DateOnly today, string? department, int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(
            department is null ? CurrentSql : CurrentOfDepartmentSql,
            (tenantContext.TenantId, today, department, skip, take),
            static (bind, a) =>
            {
                Shape(bind, a.TenantId, a.today, a.department);

                bind.Int("$take", a.take);
                bind.Int("$skip", a.skip);
            },
            Item));

    public Task<List<string>> CurrentNumbersByKeyAsync(
        DateOnly today, string? department, SearchKeyKind kind, string from, string to, int take, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(
            CurrentNumbersSql[kind == SearchKeyKind.Name ? 0 : 1, department is null ? 0 : 1],
            (tenantContext.TenantId, today, department, from, to, take),
            static (bind, a) =>
            {
                Shape(bind, a.TenantId, a.today, a.department);

                bind.Text("$from", a.from);
                bind.Text("$to", a.to);
                bind.Int("$take", a.take);
            },
            static row => row.GetString(0)));

    public Task<List<EmployeeListItemDto>> CurrentByNumbersAsync(
        DateOnly today, string? department, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken) =>
        Task.FromResult(numbers.Count == 0
            ? []
            : statements.ReadAll(
                ByNumbersSql[department is null ? 0 : 1],
                (tenantContext.TenantId, today, department, numbers: JsonSerializer.Serialize(numbers)),
                static (bind, a) =>
                {
                    Shape(bind, a.TenantId, a.today, a.department);

                    bind.Text("$numbers", a.numbers);
                },
                Item));

    // The shape's parameters: the tenant, the day for current staff only (leavers leave at midnight) and the optional
    // department.
    private static void Shape(SqliteKeptStatements.Binder bind, TenantId? tenant, DateOnly? today, string? department)
    {
        bind.Tenant(tenant);
        if (today is { } day)
        {
            bind.Date("$today", day);
        }

        if (department is not null)
        {
            bind.Text("$department", department);
        }
    }

    public Task<List<EmployeeId>> IdsByKeyAsync(string? department, SearchKeyKind kind, string from, string to, int take, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(
            IdsSql[kind == SearchKeyKind.Name ? 0 : 1, department is null ? 0 : 1],
            (tenantContext.TenantId, department, from, to, take),
            static (bind, a) =>
            {
                Shape(bind, a.TenantId, today: null, a.department);
                bind.Text("$from", a.from);
                bind.Text("$to", a.to);
                bind.Int("$take", a.take);
            },
            static row => new EmployeeId(row.GetGuid(0))));

    public Task<List<EmployeeId>> IdsByNumberAsync(string? department, string number, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(
            IdByNumberSql[department is null ? 0 : 1],
            (tenantContext.TenantId, department, number),
            static (bind, a) =>
            {
                Shape(bind, a.TenantId, today: null, a.department);
                bind.Text("$number", a.number);
            },
            static row => new EmployeeId(row.GetGuid(0))));

    private static string KeyRange(string select, string column, bool current, bool department) =>
        $"""
        SELECT "e"."{select}"
        FROM "Employees" AS "e"
        {(current ? CurrentWhere : TenantWhere)}{(department ? OfDepartment : "")} AND "e"."{column}" >= $from AND "e"."{column}" < $to
        ORDER BY "e"."{column}"
        LIMIT $take
        """;

    private static string ByNumbers(bool department) =>
        $"""
        {Columns}
        {CurrentWhere}{(department ? OfDepartment : "")} AND "e"."Number" IN (SELECT "value" FROM json_each($numbers))
        """;

    private static EmployeeListItemDto Item(SqliteDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetString(3),
        StoredValues.NullableString(row, 4), StoredValues.NullableString(row, 5),
        StoredValues.Date(row, 6), StoredValues.NullableDate(row, 7), row.GetBoolean(8));
}
