using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>The department scope (R-12, <see cref="EmployeeScope"/>) as other modules may use it.</summary>
public static class VisibleEmployees
{
    public static IQueryable<Employee> To(ICurrentUser user, IQueryable<Employee> employees) => EmployeeScope.Visible(employees, user);
}
