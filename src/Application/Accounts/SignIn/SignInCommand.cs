using Mediator;

namespace YearEndAdjustment.Application.Accounts.SignIn;

/// <summary>Sign-in with login ID and password inside the current tenant .</summary>
public sealed record SignInCommand(string LoginId, string Password, string? ClientIp, string? UserAgent) : ICommand<SignInResult>;
