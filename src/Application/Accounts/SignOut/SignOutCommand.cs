using Mediator;

namespace YearEndAdjustment.Application.Accounts.SignOut;

/// <summary>Ends the current session on the server, so the cookie is worthless even if it was copied.</summary>
public sealed record SignOutCommand : ICommand;
