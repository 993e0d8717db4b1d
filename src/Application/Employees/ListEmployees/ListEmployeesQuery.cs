using Mediator;

namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>
/// The employee list for admins: search by employee number (exact), or by the start of the name or kana (spaces, kana
/// kind and width ignored); filter by department and by current staff or leavers; 50 a page, ordered by employee
/// number, counted up to 1,000 (ADR 0029). Limited admins see only their departments.
/// </summary>
public sealed record ListEmployeesQuery(string? Search = null, string? Department = null, EmployeeStatusFilter Status = EmployeeStatusFilter.Current, int Page = 1)
    : IQuery<EmployeePage>;
