namespace YearEndAdjustment.Application.Accounts.SignIn;

/// <summary>
/// The outcome of a sign-in step. <see cref="Session"/> is set when a session opened; <see cref="PendingAccountId"/>
/// when a second factor is still needed.
/// </summary>
public sealed record SignInResult(SignInStatus Status, SessionTicket? Session = null, Guid? PendingAccountId = null);
