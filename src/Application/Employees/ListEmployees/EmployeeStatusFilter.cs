namespace YearEndAdjustment.Application.Employees.ListEmployees;

public enum EmployeeStatusFilter
{
    /// <summary>No leave date, or one today or later.</summary>
    Current,

    /// <summary>Left before today (Japan date).</summary>
    Leavers,

    All,
}
