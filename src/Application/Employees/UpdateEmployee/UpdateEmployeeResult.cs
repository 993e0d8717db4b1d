namespace YearEndAdjustment.Application.Employees.UpdateEmployee;

/// <summary>Which fields changed (none when the form was saved unchanged).</summary>
public sealed record UpdateEmployeeResult(Guid EmployeeId, IReadOnlyList<string> ChangedFields);
