namespace YearEndAdjustment.Application.Tenants.SeedDemoTenant;

/// <summary>What was written, and the demo employee's sign-in (the initial password is shown once, here).</summary>
public sealed record SeedDemoTenantResult(
    int Employees,
    int FamilyMembers,
    int NotStarted,
    int Draft,
    int Submitted,
    string EmployeeLoginId,
    string EmployeeNumber,
    string InitialPassword,
    TimeSpan Elapsed);
