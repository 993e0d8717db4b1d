using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>What the per-request session check needs of a session row and its account, read together.</summary>
public sealed record SessionLookup(
    Guid SessionId,
    Guid AccountId,
    string SessionStamp,
    DateTime LastSeenAtUtc,
    DateTime ExpiresAtUtc,
    DateTime? RevokedAtUtc,
    string AccountStamp,
    bool IsDisabled,
    string LoginId,
    string DisplayName,
    AccountRole Role,
    Permission Permissions,
    string Departments,
    bool MustChangePassword,
    bool TwoFactorEnabled,
    string? PreferredCulture,
    EmployeeId? EmployeeId);
