using Mediator;

namespace YearEndAdjustment.Application.Results.GetCalculationState;

/// <summary>The calculation state of a year for the dashboard: approved declarations not run, results current and stale.</summary>
public sealed record GetCalculationStateQuery(int TaxYear) : IQuery<CalculationStateDto>;
