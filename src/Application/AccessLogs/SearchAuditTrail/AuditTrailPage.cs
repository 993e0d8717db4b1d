namespace YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

public sealed record AuditTrailPage(IReadOnlyList<AuditTrailItemDto> Items, int Page, int PageSize, int Total, bool MoreThanTotal = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
