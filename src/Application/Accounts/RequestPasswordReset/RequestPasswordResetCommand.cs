using Mediator;

namespace YearEndAdjustment.Application.Accounts.RequestPasswordReset;

/// <summary>
/// a reset link goes only to the address registered on the account. The answer is the same whether or not
/// the address is known, so the page cannot be used to discover accounts.
/// </summary>
public sealed record RequestPasswordResetCommand(string Email) : ICommand;
