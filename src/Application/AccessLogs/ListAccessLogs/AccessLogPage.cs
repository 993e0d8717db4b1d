namespace YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

/// <summary>One page; <see cref="Total"/> is exact unless <see cref="MoreThanTotal"/> (counted up to a limit, ADR 0029).</summary>
public sealed record AccessLogPage(IReadOnlyList<AccessLogItemDto> Items, int Page, int PageSize, int Total, bool MoreThanTotal = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
