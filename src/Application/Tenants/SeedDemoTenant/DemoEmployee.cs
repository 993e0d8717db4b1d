using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Tenants.SeedDemoTenant;

/// <summary>One synthetic employee with family, payroll totals for the year and the declaration state to seed.</summary>
public sealed record DemoEmployee(
    string Number,
    string Name,
    string Kana,
    Gender Gender,
    DateOnly BirthDate,
    DateOnly HireDate,
    DateOnly? LeaveDate,
    string DepartmentCode,
    string DepartmentName,
    string MyNumber,
    IReadOnlyList<DemoRelative> Family,
    long Salary,
    long Bonus,
    long TaxWithheld,
    long SocialInsurance,
    DeclarationStatus Status);
