namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>
/// One page of the list. <see cref="Total"/> is exact unless <see cref="MoreThanTotal"/>: then there are more than
/// that many matches and only the first <see cref="PageCount"/> pages can be reached (narrow the search for the rest).
/// </summary>
public sealed record EmployeePage(
    IReadOnlyList<EmployeeListItemDto> Items, int Page, int PageSize, int Total, bool MoreThanTotal, IReadOnlyList<string> Departments)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
