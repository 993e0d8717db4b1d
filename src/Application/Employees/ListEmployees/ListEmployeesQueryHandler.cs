using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>
/// Every filter is an index range of its own (ADR 0029): number order within the tenant, department then number,
/// or a prefix range of the name or kana key; the count stops at <see cref="CountLimit"/>.
/// </summary>
public sealed class ListEmployeesQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, DepartmentListCache departmentLists, TimeProvider clock)
    : IQueryHandler<ListEmployeesQuery, EmployeePage>
{
    public const int PageSize = 50;

    public const int CountLimit = 1000;

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

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            employees = Search(employees, query.Search.Trim());
        }

        var (total, more) = await BoundedCount.CountAsync(employees, CountLimit, cancellationToken);
        var page = BoundedCount.ClampPage(query.Page, PageSize, CountLimit);
        var items = await employees
            .OrderBy(e => e.Number)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new EmployeeListItemDto(
                e.Id.Value, e.Number.Value, e.Name, e.NameKana, e.DepartmentCode, e.DepartmentName, e.HireDate, e.LeaveDate,
                e.MyNumberCiphertext != null))
            .ToListAsync(cancellationToken);

        var departments = await departmentLists.GetAsync(db, tenant, cancellationToken);
        var scope = currentUser.Departments;
        if (scope.Count > 0)
        {
            departments = departments.Where(d => EmployeeScope.Includes(scope, d)).ToList();
        }

        return new EmployeePage(items, page, PageSize, total, more, departments);
    }

    /// <summary>An exact employee number, or a prefix of the name key or the kana key: index ranges, never a scan.</summary>
    private static IQueryable<Employee> Search(IQueryable<Employee> employees, string term)
    {
        var number = EmployeeNumber.Check(term) is null ? EmployeeNumber.Create(term) : null;
        var key = NameSearchKey.Of(term);
        if (key.Length == 0)
        {
            return number is null ? employees.Where(e => false) : employees.Where(e => e.Number == number);
        }

        var upper = NameSearchKey.UpperBound(key);
        return employees.Where(e =>
            (number != null && e.Number == number)
            || (string.Compare(e.NameSearch, key) >= 0 && string.Compare(e.NameSearch, upper) < 0)
            || (string.Compare(e.KanaSearch, key) >= 0 && string.Compare(e.KanaSearch, upper) < 0));
    }
}
