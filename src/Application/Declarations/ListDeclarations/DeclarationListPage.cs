namespace YearEndAdjustment.Application.Declarations.ListDeclarations;

/// <summary>
/// One page. <see cref="Total"/> is exact unless <see cref="MoreThanTotal"/>: then only the first
/// <see cref="PageCount"/> pages can be reached and the admin narrows the filters for the rest.
/// </summary>
public sealed record DeclarationListPage(
    int TaxYear, IReadOnlyList<DeclarationListItemDto> Items, int Page, int PageSize, int Total, bool MoreThanTotal, IReadOnlyList<string> Departments)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
