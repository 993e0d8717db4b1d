namespace YearEndAdjustment.Application.Results.RunCalculation;

/// <summary>Either the queued job (a whole year) or the finished summary (one employee).</summary>
public sealed record RunCalculationResult(Guid? JobId, RunCalculationSummary? Summary);
