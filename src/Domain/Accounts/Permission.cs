namespace YearEndAdjustment.Domain.Accounts;

/// <summary>
/// Named admin functions. Admins hold all; a limited admin holds the subset an admin chose; general users
/// hold none (they act only on their own data). Stored as an integer: never renumber a member.
/// </summary>
[Flags]
public enum Permission
{
    None = 0,
    ManageEmployees = 1,
    ManageAccounts = 2,
    ReviewDeclarations = 4,
    RunCalculations = 8,
    ExportData = 16,
    ViewMyNumber = 32,
    ManageSettings = 64,
    ViewLogs = 128,
    ApproveDeclarations = 256,
    PublishResults = 512,
    All = ManageEmployees | ManageAccounts | ReviewDeclarations | RunCalculations | ExportData | ViewMyNumber | ManageSettings | ViewLogs
        | ApproveDeclarations | PublishResults,
}
