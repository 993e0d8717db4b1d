using Mediator;

namespace YearEndAdjustment.Application.Results.PublishResults;

/// <summary>
/// Shows the year's results to the employees (issue 12 item 6). With <paramref name="EmployeeIds"/> empty: every
/// current, unpublished result in the admin's scope (stale ones stay unpublished and are counted). With a selection:
/// those employees, refused as a whole if any of them is stale.
/// </summary>
public sealed record PublishResultsCommand(int TaxYear, IReadOnlyList<Guid> EmployeeIds) : ICommand<PublishResultsResult>
{
    public const int MaxSelection = 200;
}

/// <summary>How many were published now, and how many stale results were left out (publish all only).</summary>
public sealed record PublishResultsResult(int Published, int StaleSkipped);
