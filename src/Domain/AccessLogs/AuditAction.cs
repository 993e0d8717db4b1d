namespace YearEndAdjustment.Domain.AccessLogs;

/// <summary>What an audit-trail row records. Stored as text, so values may be added but never renamed.</summary>
public enum AuditAction
{
    MyNumberRevealed,
    MyNumberRevealDenied,
    EmployeesImported,
    EmployeesExported,
    EmployeesExportedWithMyNumbers,
    MyNumberExportDenied,
    PayrollTotalsImported,
    TenantDataExported,
    EmployeeUpdated,
    FamilyMemberAdded,
    FamilyMemberUpdated,
    FamilyMemberRemoved,
    AttachmentViewedForReview,
    AccountRoleChanged,
    AccountDisabled,
    AccountEnabled,
    AccountUnlocked,
    InitialPasswordIssued,
    TwoFactorReset,
    IpAllowListChanged,
    SignInPolicyChanged,
    AuditTrailExported,
    AccessLogExported,
}
