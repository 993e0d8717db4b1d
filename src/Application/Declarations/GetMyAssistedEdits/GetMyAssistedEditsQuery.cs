using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetMyAssistedEdits;

/// <summary>The edits an admin made on the signed-in employee's behalf that the employee has not confirmed yet.</summary>
public sealed record GetMyAssistedEditsQuery(int TaxYear) : IQuery<MyAssistedEditsDto>;
