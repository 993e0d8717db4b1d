namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

/// <summary>One open declaration: its year, status (a <c>DeclarationStatus</c> name), deadline and days left (negative when past),
/// and whether an admin entered something on the employee's behalf that awaits their confirmation.</summary>
public sealed record MyDeclarationTaskDto(int TaxYear, string Status, DateOnly? Deadline, int? DaysLeft, bool AssistedEditsPending = false);
