using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.ValidateSession;

/// <summary>The live facts about a valid session's account.</summary>
public sealed record SessionState(
    Guid AccountId,
    Guid SessionId,
    string LoginId,
    string DisplayName,
    AccountRole Role,
    Permission Permissions,
    IReadOnlyList<string> Departments,
    bool MustChangePassword,
    bool MustSetUpTwoFactor,
    bool TwoFactorEnabled,
    string? PreferredCulture,
    EmployeeId? EmployeeId);
