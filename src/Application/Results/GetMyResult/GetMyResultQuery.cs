using Mediator;
using YearEndAdjustment.Application.Results.Support;

namespace YearEndAdjustment.Application.Results.GetMyResult;

/// <summary>The signed-in employee's own published result for a year; the employee is the account's, never taken from the request.</summary>
public sealed record GetMyResultQuery(int TaxYear) : IQuery<ResultDetailDto>;
