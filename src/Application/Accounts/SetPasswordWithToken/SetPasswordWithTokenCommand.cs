using Mediator;

namespace YearEndAdjustment.Application.Accounts.SetPasswordWithToken;

/// <summary>R-13/R-15: the invitation or reset link's holder sets a new password; the link then stops working.</summary>
public sealed record SetPasswordWithTokenCommand(string Token, string NewPassword, string NewPasswordConfirmation) : ICommand<SetPasswordWithTokenResult>;
