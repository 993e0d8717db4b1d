using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees;

/// <summary>R-12: a limited admin restricted to departments sees only employees of those departments.</summary>
public static class EmployeeScope
{
    public static IQueryable<Employee> Visible(IQueryable<Employee> employees, ICurrentUser user)
    {
        var departments = user.Departments;
        return departments.Count == 0 ? employees : employees.Where(e => e.DepartmentCode != null && departments.Contains(e.DepartmentCode));
    }

    /// <summary>Whether an employee of <paramref name="departmentCode"/> lies inside <paramref name="scope"/> (empty = all).</summary>
    public static bool Includes(IReadOnlyList<string> scope, string? departmentCode) =>
        scope.Count == 0 || (departmentCode is not null && scope.Contains(departmentCode, StringComparer.Ordinal));
}
