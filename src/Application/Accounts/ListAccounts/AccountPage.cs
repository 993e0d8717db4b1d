namespace YearEndAdjustment.Application.Accounts.ListAccounts;

public sealed record AccountPage(IReadOnlyList<AccountListItemDto> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
