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
        var (items, total, more) = string.IsNullOrWhiteSpace(query.Search)
            ? await ListAsync(employees, query, today, CountKey(query, tenant, today), generation.Current(tenant), page, cancellationToken)
            : await SearchAsync(employees, query.Search.Trim(), page, cancellationToken);

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
        var department = string.IsNullOrWhiteSpace(query.Department) ? null : query.Department.Trim();
        var items = currentUser.Departments.Count == 0 && query.Status == EmployeeStatusFilter.Current
            ? await listReads.CurrentPageAsync(today, department, (page - 1) * PageSize, PageSize, cancellationToken)
            : await Project(employees.OrderBy(e => e.Number).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return (items, count.Total, count.More);
    }

    // Everything the count depends on: the filters, the day (leavers leave at midnight) and a limited admin's departments.
    private string CountKey(ListEmployeesQuery query, TenantId tenant, DateOnly today) =>
        $"employee-count:{tenant.Value}:{query.Status}:{query.Department?.Trim()}:{today.DayNumber}:{currentUser.DepartmentScopeKey()}";

    private sealed record KeptCount(int Total, bool More);

    /// <summary>
    /// An exact employee number, or a prefix of the name key or of the kana key. Each is its own query ordered by its
    /// own index, so the database walks that index range and stops after <see cref="CountLimit"/> matches, whatever its
    /// planner thinks of the tenant's size (one OR-ed query let SQLite scan every employee in number order instead).
    /// The matches' numbers are merged and paged here; only the page's rows are then read in full.
    /// </summary>
    private static async Task<(List<EmployeeListItemDto> Items, int Total, bool More)> SearchAsync(
        IQueryable<Employee> employees, string term, int page, CancellationToken cancellationToken)
    {
        var matches = new HashSet<string>(StringComparer.Ordinal);
        var more = false;
        foreach (var range in EmployeeSearch.Ranges(employees, term))
        {
            await AddAsync(range);
        }

        // One parameter per number (IN (@p0, …), see DependencyInjection), which every planner seeks by index.
        var pageNumbers = matches.Order(StringComparer.Ordinal).Skip((page - 1) * PageSize).Take(PageSize).Select(EmployeeNumber.Create).ToList();
        var items = pageNumbers.Count == 0
            ? []
            : (await Project(employees.Where(e => pageNumbers.Contains(e.Number))).ToListAsync(cancellationToken))
                .OrderBy(i => i.EmployeeNumber, StringComparer.Ordinal).ToList();
        more |= matches.Count > CountLimit;
        return (items, Math.Min(matches.Count, CountLimit), more);

        async Task AddAsync(IQueryable<Employee> range)
        {
            // Only the number: the (tenant, key, number, leave date) index answers this without reading a row.
            var found = await range.Take(CountLimit + 1).Select(e => e.Number).ToListAsync(cancellationToken);
            more |= found.Count > CountLimit;
            foreach (var number in found)
            {
                matches.Add(number.Value);
            }
        }
    }

    private static IQueryable<EmployeeListItemDto> Project(IQueryable<Employee> employees) => employees.Select(EmployeeListItemDto.FromEmployee);
}
