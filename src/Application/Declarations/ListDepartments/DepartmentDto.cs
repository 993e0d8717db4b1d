namespace YearEndAdjustment.Application.Declarations.ListDepartments;

/// <summary>A department code as the employee master has it, its name, and how many employees carry it.</summary>
public sealed record DepartmentDto(string Code, string? Name, int Employees);
