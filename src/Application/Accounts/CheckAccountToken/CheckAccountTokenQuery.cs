using Mediator;

namespace YearEndAdjustment.Application.Accounts.CheckAccountToken;

/// <summary>Lets the set-password page say at once whether its link still works.</summary>
public sealed record CheckAccountTokenQuery(string Token) : IQuery<AccountTokenStatus>;
