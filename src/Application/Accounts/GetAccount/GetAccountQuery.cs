using Mediator;

namespace YearEndAdjustment.Application.Accounts.GetAccount;

public sealed record GetAccountQuery(Guid AccountId) : IQuery<AccountDetailsDto>;
