namespace YearEndAdjustment.Application.Results.Support;

/// <summary>The result list's status filter.</summary>
public enum ResultStatusFilter
{
    All,
    Current,
    Stale,
    NotAdjusted,
}
