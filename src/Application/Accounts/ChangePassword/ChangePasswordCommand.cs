using Mediator;
using YearEndAdjustment.Application.Accounts.SignIn;

namespace YearEndAdjustment.Application.Accounts.ChangePassword;

/// <summary>R-14 (and the forced change of R-13): the signed-in user replaces their own password.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string NewPasswordConfirmation) : ICommand<SessionTicket>;
