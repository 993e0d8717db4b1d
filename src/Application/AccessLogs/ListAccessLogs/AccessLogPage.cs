namespace YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

public sealed record AccessLogPage(IReadOnlyList<AccessLogItemDto> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
