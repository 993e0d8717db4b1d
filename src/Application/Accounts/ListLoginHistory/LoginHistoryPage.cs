namespace YearEndAdjustment.Application.Accounts.ListLoginHistory;

public sealed record LoginHistoryPage(string LoginId, string DisplayName, IReadOnlyList<LoginHistoryItemDto> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
