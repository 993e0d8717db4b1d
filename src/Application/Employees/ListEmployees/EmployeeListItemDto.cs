namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>No My Number here: the list only says whether one is on file.</summary>
public sealed record EmployeeListItemDto(
    Guid Id, string EmployeeNumber, string Name, string NameKana, string? DepartmentCode, string? DepartmentName,
    DateOnly HireDate, DateOnly? LeaveDate, bool HasMyNumber);
