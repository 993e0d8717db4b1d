using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// The stored columns an import compares against, projected in SQL: loading 100,000 full aggregates (with their
/// family members) only to find them unchanged cost seconds. Changed employees are then loaded as aggregates.
/// </summary>
public sealed record EmployeeSnapshot(
    EmployeeId Id,
    string Number,
    string Name,
    string NameKana,
    DateOnly BirthDate,
    Gender Gender,
    string? PostalCode,
    string? Address,
    DateOnly HireDate,
    DateOnly? LeaveDate,
    string? DepartmentCode,
    string? DepartmentName,
    string? Email,
    string? MyNumberLookup,
    int Version,
    string? MunicipalityCode = null,
    bool IsOfficer = false)
{
    /// <summary>Same comparison as <see cref="EmployeeProfile.DifferencesFrom"/>, without re-validating stored values.</summary>
    public EmployeeFields DifferencesFrom(EmployeeProfile profile)
    {
        var changed = EmployeeFields.None;
        if (!string.Equals(Name, profile.Name, StringComparison.Ordinal)) changed |= EmployeeFields.Name;
        if (!string.Equals(NameKana, profile.NameKana, StringComparison.Ordinal)) changed |= EmployeeFields.NameKana;
        if (BirthDate != profile.BirthDate) changed |= EmployeeFields.BirthDate;
        if (Gender != profile.Gender) changed |= EmployeeFields.Gender;
        if (!string.Equals(PostalCode, profile.PostalCode, StringComparison.Ordinal)) changed |= EmployeeFields.PostalCode;
        if (!string.Equals(Address, profile.Address, StringComparison.Ordinal)) changed |= EmployeeFields.Address;
        if (HireDate != profile.HireDate) changed |= EmployeeFields.HireDate;
        if (LeaveDate != profile.LeaveDate) changed |= EmployeeFields.LeaveDate;
        if (!string.Equals(DepartmentCode, profile.DepartmentCode, StringComparison.Ordinal)) changed |= EmployeeFields.DepartmentCode;
        if (!string.Equals(DepartmentName, profile.DepartmentName, StringComparison.Ordinal)) changed |= EmployeeFields.DepartmentName;
        if (!string.Equals(Email, profile.Email, StringComparison.Ordinal)) changed |= EmployeeFields.Email;
        return changed;
    }
}
