using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>What one valid row will do: add, change (which fields) or leave an employee, and whether it disables them.</summary>
public sealed class PlannedEmployee
{
    public required EmployeeImportRow Row { get; init; }

    public required EmployeeProfile Profile { get; init; }

    /// <summary>The stored employee's columns, or null for a new one.</summary>
    public EmployeeSnapshot? Stored { get; init; }

    public EmployeeFields Changes { get; init; }

    /// <summary>The 退職日 is on or before today: no user ID is created for the row, and any it names is disabled.</summary>
    public bool SignInEnds { get; init; }

    /// <summary>A 退職日 on or before today on an employee who had not left yet.</summary>
    public bool Leaves { get; init; }

    /// <summary>The person's sign-in ends: an enabled account linked to the employee (or named by the row) will be disabled .</summary>
    public bool Disables { get; init; }

    public bool IsNew => Stored is null;

    public bool IsChanged => Stored is not null && Changes != EmployeeFields.None;
}
