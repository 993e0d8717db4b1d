using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.GetAccount;

public sealed record AccountDetailsDto(
    Guid Id, string LoginId, string DisplayName, string? Email, AccountRole Role, Permission Permissions, string Departments,
    bool IsAdminId, bool IsDisabled, DateTime? LockedUntilUtc, bool TwoFactorEnabled, bool MustChangePassword,
    bool HasPassword, DateTime? LastSignInAtUtc, DateTime CreatedAtUtc);
