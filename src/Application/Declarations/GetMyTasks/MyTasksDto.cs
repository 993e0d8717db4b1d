namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

/// <summary>
/// <paramref name="IsEmployee"/> is false for an account not linked to an employee (it has no declarations).
/// Published results of earlier years come with the results issue; until then there is nothing to show.
/// </summary>
public sealed record MyTasksDto(bool IsEmployee, IReadOnlyList<MyDeclarationTaskDto> Declarations);
