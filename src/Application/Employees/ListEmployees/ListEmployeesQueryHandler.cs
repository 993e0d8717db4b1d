using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ListEmployees;

public sealed class ListEmployeesQueryHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListEmployeesQuery, EmployeePage>
{
    public const int PageSize = 50;

    public async ValueTask<EmployeePage> Handle(ListEmployeesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
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
            var term = query.Search.Trim();
            var number = EmployeeNumber.Check(term) is null ? EmployeeNumber.Create(term) : null;
            employees = employees.Where(e => (number != null && e.Number == number) || e.Name.Contains(term) || e.NameKana.Contains(term));
        }

        var total = await employees.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page);
        var items = await employees
            .OrderBy(e => e.Number)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new EmployeeListItemDto(
                e.Id.Value, e.Number.Value, e.Name, e.NameKana, e.DepartmentCode, e.DepartmentName, e.HireDate, e.LeaveDate,
                e.MyNumberCiphertext != null, e.FamilyMembers.Count))
            .ToListAsync(cancellationToken);
        var departments = await EmployeeScope.Visible(db.Employees.AsNoTracking(), currentUser)
            .Where(e => e.DepartmentCode != null)
            .Select(e => e.DepartmentCode!)
            .Distinct()
            .OrderBy(d => d)
            .ToListAsync(cancellationToken);
        return new EmployeePage(items, page, PageSize, total, departments);
    }
}
