namespace YearEndAdjustment.Application.Accounts.CreateAccount;

/// <summary><see cref="InitialPassword"/> exists only in this result: shown once to the admin, stored only as a hash.</summary>
public sealed record CreateAccountResult(Guid AccountId, string LoginId, string? InitialPassword, bool InvitationSent);
