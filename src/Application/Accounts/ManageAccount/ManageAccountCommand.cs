using Mediator;

namespace YearEndAdjustment.Application.Accounts.ManageAccount;

public sealed record ManageAccountCommand(Guid AccountId, AccountAction Action) : ICommand<ManageAccountResult>;
