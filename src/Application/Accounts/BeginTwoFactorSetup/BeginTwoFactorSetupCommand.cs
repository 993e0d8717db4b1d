using Mediator;

namespace YearEndAdjustment.Application.Accounts.BeginTwoFactorSetup;

/// <summary>
/// Creates a new authenticator secret for the signed-in user; it takes effect only once confirmed with a code.
/// With <see cref="KeepPending"/> an unconfirmed secret is shown again (after a mistyped code) instead of replaced.
/// </summary>
public sealed record BeginTwoFactorSetupCommand(bool KeepPending = false) : ICommand<TwoFactorSetupDto>;
