using Mediator;

namespace YearEndAdjustment.Application.Results.RunCalculation;

/// <summary>
/// Runs the year-end calculation (issue 12 item 5) for one employee (<paramref name="EmployeeId"/>, synchronously)
/// or for every approved declaration of <paramref name="TaxYear"/> in the admin's scope (queued as a background job).
/// </summary>
public sealed record RunCalculationCommand(int TaxYear, Guid? EmployeeId = null) : ICommand<RunCalculationResult>;
