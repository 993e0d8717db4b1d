using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>
/// Every filter is an index range of its own (ADR 0029): number order within the tenant, department then number,
/// or a prefix range of the name or kana key; the count stops at <see cref="CountLimit"/>. The unsearched list's count
/// (shown, never used to decide anything) is kept per node under the tenant's write generation (ADR 0062): this node's
/// changes show on the next view, another node's within <see cref="CountMaxAge"/>; the rows are always read live.
/// </summary>
public sealed class ListEmployeesQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, VisibleDepartments departmentLists, TimeProvider clock,
    IReadModelCache cache, TenantWriteGeneration generation, IRequestLookups lookups, IEmployeeListReads listReads)
    : IQueryHandler<ListEmployeesQuery, EmployeePage>
{
    public const int PageSize = 50;

    public const int CountLimit = 1000;

    public static readonly TimeSpan CountMaxAge = TimeSpan.FromSeconds(30);

    public async ValueTask<EmployeePage> Handle(ListEmployeesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var tenant = tenantContext.TenantId ?? throw new InvalidOperationException("No tenant is bound to this scope.");
        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var employees = EmployeeScope.Visible(db.Employees.AsNoTracking(), currentUser);

        employees = query.Status switch
        {
            EmployeeStatusFilter.Current => employees.Where(e => e.LeaveDate == null || e.LeaveDate >= today),
            EmployeeStatusFilter.Leavers => employees.Where(e => e.LeaveDate != null && e.LeaveDate < today),
            _ => employees,
        };

        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            var department = query.Department.Trim();
            employees = employees.Where(e => e.DepartmentCode == department);
        }

        var page = BoundedCount.ClampPage(query.Page, PageSize, CountLimit);
        var departmentFilter = DepartmentOf(query);
        var (items, total, more) = string.IsNullOrWhiteSpace(query.Search)
            ? await ListAsync(employees, query, today, CountKey(query, tenant, today), generation.Current(tenant), page, cancellationToken)
            : IsDefaultShape(query)
                ? await SearchAsync(
                    KeptRanges(query.Search.Trim(), today, departmentFilter, cancellationToken),
                    numbers => listReads.CurrentByNumbersAsync(today, departmentFilter, numbers, cancellationToken),
                    page)
                : await SearchAsync(
                    LinqRanges(employees, query.Search.Trim(), cancellationToken),
                    numbers => RowsAsync(employees, numbers, cancellationToken),
                    page);

        var departments = await departmentLists.ListAsync(db, lookups, currentUser, tenant, cancellationToken);
        return new EmployeePage(items, page, PageSize, total, more, departments);
    }

    private async Task<(List<EmployeeListItemDto> Items, int Total, bool More)> ListAsync(
        IQueryable<Employee> employees, ListEmployeesQuery query, DateOnly today, string countKey, long writeGeneration, int page,
        CancellationToken cancellationToken)
    {
        var count = await cache.GetOrComputeAsync(
            countKey,
            writeGeneration.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CountMaxAge,
            async ct =>
            {
                var (total, more) = await BoundedCount.CountAsync(employees, CountLimit, ct);
                return new KeptCount(total, more);
            },
            cancellationToken);
        // The default shape (every department in scope, current employees) through its precompiled read.
        var items = IsDefaultShape(query)
            ? await listReads.CurrentPageAsync(today, DepartmentOf(query), (page - 1) * PageSize, PageSize, cancellationToken)
            : await Project(employees.OrderBy(e => e.Number).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return (items, count.Total, count.More);
    }

    // Everything the count depends on: the filters, the day (leavers leave at midnight) and a limited admin's departments.
    private string CountKey(ListEmployeesQuery query, TenantId tenant, DateOnly today) =>
        $"employee-count:{tenant.Value}:{query.Status}:{query.Department?.Trim()}:{today.DayNumber}:{currentUser.DepartmentScopeKey()}";

    private sealed record KeptCount(int Total, bool More);

    // The list's most viewed shape: every department in scope (no limited admin), current employees.
    private bool IsDefaultShape(ListEmployeesQuery query) =>
        currentUser.Departments.Count == 0 && query.Status == EmployeeStatusFilter.Current;

    private static string? DepartmentOf(ListEmployeesQuery query) =>
        string.IsNullOrWhiteSpace(query.Department) ? null : query.Department.Trim();

    /// <summary>
    /// An exact employee number, or a prefix of the name key or of the kana key. Each is its own query ordered by its
    /// own index, so the database walks that index range and stops after <see cref="CountLimit"/> matches, whatever its
    /// planner thinks of the tenant's size (one OR-ed query let SQLite scan every employee in number order instead).
    /// The matches' numbers are merged and paged here; only the page's rows are then read in full.
    /// </summary>
    private static async Task<(List<EmployeeListItemDto> Items, int Total, bool More)> SearchAsync(
        IEnumerable<Func<Task<List<string>>>> ranges, Func<List<string>, Task<List<EmployeeListItemDto>>> rowsOf, int page)
    {
        var matches = new HashSet<string>(StringComparer.Ordinal);
        var more = false;
        foreach (var range in ranges)
        {
            var found = await range();
            more |= found.Count > CountLimit;
            matches.UnionWith(found);
        }

        var pageNumbers = matches.Order(StringComparer.Ordinal).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var items = pageNumbers.Count == 0
            ? []
            : (await rowsOf(pageNumbers)).OrderBy(i => i.EmployeeNumber, StringComparer.Ordinal).ToList();
        more |= matches.Count > CountLimit;
        return (items, Math.Min(matches.Count, CountLimit), more);
    }

    // Any shape, through LINQ; only the number is read: the (tenant, key, number, leave date) index answers it.
    private static IEnumerable<Func<Task<List<string>>>> LinqRanges(IQueryable<Employee> employees, string term, CancellationToken cancellationToken) =>
        EmployeeSearch.Ranges(employees, term).Select<IQueryable<Employee>, Func<Task<List<string>>>>(range => async () =>
            (await range.Take(CountLimit + 1).Select(e => e.Number).ToListAsync(cancellationToken)).ConvertAll(n => n.Value));

    // One parameter per number (IN (@p0, …), see DependencyInjection), which every planner seeks by index.
    private static Task<List<EmployeeListItemDto>> RowsAsync(IQueryable<Employee> employees, List<string> numbers, CancellationToken cancellationToken)
    {
        var wanted = numbers.ConvertAll(EmployeeNumber.Create);
        return Project(employees.Where(e => wanted.Contains(e.Number))).ToListAsync(cancellationToken);
    }

    // The default shape's same ranges (EmployeeSearch.Ranges') through the provider's reads (ADR 0069).
    private IEnumerable<Func<Task<List<string>>>> KeptRanges(string term, DateOnly today, string? department, CancellationToken cancellationToken)
    {
        var parts = SearchTerm.Of(term);
        if (parts.Number is { } number)
        {
            yield return async () => (await listReads.CurrentByNumbersAsync(today, department, [number], cancellationToken)).ConvertAll(i => i.EmployeeNumber);
        }

        if (parts.Key.Length > 0)
        {
            foreach (var kind in (SearchKeyKind[])[SearchKeyKind.Name, SearchKeyKind.Kana])
            {
                yield return () => listReads.CurrentNumbersByKeyAsync(today, department, kind, parts.Key, parts.UpperBound, CountLimit + 1, cancellationToken);
            }
        }
    }

    private static IQueryable<EmployeeListItemDto> Project(IQueryable<Employee> employees) => employees.Select(EmployeeListItemDto.FromEmployee);
}
