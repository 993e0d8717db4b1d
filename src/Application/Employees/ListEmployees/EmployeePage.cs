namespace YearEndAdjustment.Application.Employees.ListEmployees;

public sealed record EmployeePage(IReadOnlyList<EmployeeListItemDto> Items, int Page, int PageSize, int Total, IReadOnlyList<string> Departments)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
