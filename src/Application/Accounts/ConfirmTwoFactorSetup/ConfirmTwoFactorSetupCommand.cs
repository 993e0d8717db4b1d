using Mediator;

namespace YearEndAdjustment.Application.Accounts.ConfirmTwoFactorSetup;

/// <summary>Proves the authenticator app works with one code; turns 2FA on and returns recovery codes once.</summary>
public sealed record ConfirmTwoFactorSetupCommand(string Code) : ICommand<ConfirmTwoFactorSetupResult>;
