using Mediator;
using YearEndAdjustment.Application.Results.Support;

namespace YearEndAdjustment.Application.Results.ListResults;

/// <summary>
/// The year's results (issue 12 item 6): totals over the admin's scope, then one page of rows filtered by status,
/// publication, department and employee number prefix.
/// </summary>
public sealed record ListResultsQuery(
    int TaxYear,
    ResultStatusFilter Status = ResultStatusFilter.All,
    bool? Published = null,
    string? Department = null,
    string? EmployeeNumber = null,
    int Page = 1) : IQuery<ResultListDto>
{
    public const int PageSize = 50;
}
