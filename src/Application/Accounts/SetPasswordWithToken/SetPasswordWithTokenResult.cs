namespace YearEndAdjustment.Application.Accounts.SetPasswordWithToken;

public sealed record SetPasswordWithTokenResult(string LoginId);
