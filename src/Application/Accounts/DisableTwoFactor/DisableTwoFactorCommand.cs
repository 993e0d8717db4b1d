using Mediator;
using YearEndAdjustment.Application.Accounts.SignIn;

namespace YearEndAdjustment.Application.Accounts.DisableTwoFactor;

/// <summary>The user turns 2FA off, confirming with the password (refused when the tenant requires it for their role).</summary>
public sealed record DisableTwoFactorCommand(string Password) : ICommand<SessionTicket>;
