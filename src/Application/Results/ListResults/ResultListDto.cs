using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Application.Results.ListResults;

/// <summary>Totals of the year in scope (refunds, collections, not adjusted) and one page of rows.</summary>
public sealed record ResultListDto(
    int TaxYear,
    int ResultCount,
    long RefundTotal,
    long CollectionTotal,
    int NotAdjustedCount,
    int StaleCount,
    int MatchCount,
    int Page,
    IReadOnlyList<ResultRowDto> Rows)
{
    public int PageCount => Math.Max(1, (MatchCount + ListResultsQuery.PageSize - 1) / ListResultsQuery.PageSize);
}

public sealed record ResultRowDto(
    Guid EmployeeId,
    string EmployeeNumber,
    string Name,
    string? DepartmentCode,
    long AnnualTax,
    long Difference,
    NotAdjustedReason NotAdjustedReason,
    bool IsStale,
    bool IsPublished,
    DateTime ComputedAtUtc);
