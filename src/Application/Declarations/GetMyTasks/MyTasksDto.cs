namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

/// <summary>
/// <paramref name="IsEmployee"/> is false for an account not linked to an employee (it has no declarations).
/// <paramref name="Results"/> are the employee's published year-end results, newest first.
/// </summary>
public sealed record MyTasksDto(bool IsEmployee, IReadOnlyList<MyDeclarationTaskDto> Declarations, IReadOnlyList<MyPublishedResultDto>? Results = null);

/// <summary>A published result for the home card: the year, 過不足額 (negative = refund) and whether it was adjusted at all.</summary>
public sealed record MyPublishedResultDto(int TaxYear, long Difference, bool IsAdjusted);
