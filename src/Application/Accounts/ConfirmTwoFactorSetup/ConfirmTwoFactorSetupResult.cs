using YearEndAdjustment.Application.Accounts.SignIn;

namespace YearEndAdjustment.Application.Accounts.ConfirmTwoFactorSetup;

/// <summary>The recovery codes in clear exist only here; <see cref="Session"/> replaces the session the stamp change ended.</summary>
public sealed record ConfirmTwoFactorSetupResult(IReadOnlyList<string> RecoveryCodes, SessionTicket Session);
