using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.ListLoginHistory;

public sealed record LoginHistoryItemDto(DateTime OccurredAtUtc, string? ClientIp, string? UserAgent, SignInOutcome Outcome);
