namespace YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

public sealed record AccessLogItemDto(DateTime OccurredAtUtc, string? LoginId, string? ClientIp, string Method, string Path, int StatusCode, double DurationMs, string? UserAgent);
