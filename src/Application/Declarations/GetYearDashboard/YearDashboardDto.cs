namespace YearEndAdjustment.Application.Declarations.GetYearDashboard;

/// <summary>
/// One year's progress as the admin may see it: counts by status overall and per department, the deadline with the
/// days left (Japan date; negative once passed), and how many declarations had check findings at their last save.
/// <see cref="TaxYear"/> is null when the tenant (or the admin's departments) has no declarations yet.
/// </summary>
public sealed record YearDashboardDto(
    int? TaxYear,
    IReadOnlyList<int> Years,
    DateOnly? Deadline,
    int? DaysLeft,
    StatusCountsDto Overall,
    int WithWarnings,
    IReadOnlyList<DepartmentProgressDto> Departments);

/// <summary>Declarations per workflow status; <see cref="NotSubmitted"/> is what reminders go to.</summary>
public sealed record StatusCountsDto(int NotStarted, int Draft, int Submitted, int Returned, int Approved)
{
    public static readonly StatusCountsDto Empty = new(0, 0, 0, 0, 0);

    public int Total => NotStarted + Draft + Submitted + Returned + Approved;

    public int NotSubmitted => NotStarted + Draft + Returned;

    /// <summary>The count for a status by its <c>DeclarationStatus</c> name.</summary>
    public int Of(string status) => status switch
    {
        "NotStarted" => NotStarted,
        "Draft" => Draft,
        "Submitted" => Submitted,
        "Returned" => Returned,
        "Approved" => Approved,
        _ => 0,
    };
}

/// <summary>One department code of the employee master (null: employees without one) with its counts.</summary>
public sealed record DepartmentProgressDto(string? Code, string? Name, StatusCountsDto Counts, int WithWarnings);
