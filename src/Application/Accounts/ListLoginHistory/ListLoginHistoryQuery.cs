using Mediator;

namespace YearEndAdjustment.Application.Accounts.ListLoginHistory;

/// <summary>
/// sign-in attempts, newest first, 50 a page. Without <see cref="AccountId"/> the caller's own; with it, any
/// account of the tenant, for holders of "manage accounts" or "view logs".
/// </summary>
public sealed record ListLoginHistoryQuery(Guid? AccountId = null, int Page = 1) : IQuery<LoginHistoryPage>;
