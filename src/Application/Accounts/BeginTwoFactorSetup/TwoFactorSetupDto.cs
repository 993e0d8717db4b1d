namespace YearEndAdjustment.Application.Accounts.BeginTwoFactorSetup;

/// <summary>The key to type into an authenticator app (grouped for reading) and the otpauth URI apps import.</summary>
public sealed record TwoFactorSetupDto(string SecretKey, string KeyUri);
