using Mediator;
using YearEndAdjustment.Application.Accounts.SignIn;

namespace YearEndAdjustment.Application.Accounts.CompleteTwoFactorSignIn;

/// <summary>
/// The second sign-in step: an authenticator code (or a recovery code) for the account whose password was just
/// verified. <see cref="PendingAccountId"/> comes from a short-lived, encrypted cookie set by the first step.
/// </summary>
public sealed record CompleteTwoFactorSignInCommand(Guid PendingAccountId, string Code, string? ClientIp, string? UserAgent) : ICommand<SignInResult>;
