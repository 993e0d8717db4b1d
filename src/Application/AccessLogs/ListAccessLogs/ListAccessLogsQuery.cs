using Mediator;

namespace YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

/// <summary>
/// admins search their tenant's access log for audits — by Japan-date range, path fragment, status and login
/// ID — newest first, 100 a page. Rows are kept 90 days.
/// </summary>
public sealed record ListAccessLogsQuery(DateOnly? From = null, DateOnly? To = null, string? Path = null, int? Status = null, string? LoginId = null, int Page = 1)
    : IQuery<AccessLogPage>;
