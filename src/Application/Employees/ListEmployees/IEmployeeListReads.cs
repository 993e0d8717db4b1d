namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>
/// The employee list's most viewed shape, precompiled per provider (ADR 0062): an admin with every department in scope
/// looking at current employees, optionally of one department, in number order. Tenant-filtered like every read.
/// </summary>
public interface IEmployeeListReads
{
    Task<List<EmployeeListItemDto>> CurrentPageAsync(DateOnly today, string? department, int skip, int take, CancellationToken cancellationToken);
}
