using Mediator;

namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>
/// The employee list for admins: search by employee number (exact), name or kana; filter by department and by
/// current staff or leavers; 50 a page, ordered by employee number. Limited admins see only their departments.
/// </summary>
public sealed record ListEmployeesQuery(string? Search = null, string? Department = null, EmployeeStatusFilter Status = EmployeeStatusFilter.Current, int Page = 1)
    : IQuery<EmployeePage>;
