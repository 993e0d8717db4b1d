using Mediator;

namespace YearEndAdjustment.Application.Results.UnpublishResults;

/// <summary>Hides published results from the employees again: the selection, or (empty) every one of the year in scope. Audited.</summary>
public sealed record UnpublishResultsCommand(int TaxYear, IReadOnlyList<Guid> EmployeeIds) : ICommand<int>;
