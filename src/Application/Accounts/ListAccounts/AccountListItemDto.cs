namespace YearEndAdjustment.Application.Accounts.ListAccounts;

public sealed record AccountListItemDto(
    Guid Id, string LoginId, string DisplayName, string? Email, string Role, bool IsDisabled, bool IsLocked,
    bool TwoFactorEnabled, bool MustChangePassword, DateTime? LastSignInAtUtc);
