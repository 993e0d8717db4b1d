namespace YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

/// <param name="Subject">The employee number, or the login ID for account actions; never a name or My Number.</param>
public sealed record AuditTrailItemDto(DateTime OccurredAtUtc, string? Actor, string Action, string? Subject, string? ClientAddress, string? Detail);
