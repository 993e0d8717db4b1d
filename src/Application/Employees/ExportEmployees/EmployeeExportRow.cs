using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.ExportEmployees;

/// <summary>The columns an export reads, projected in SQL so family members and tracking stay out of it.</summary>
public sealed record EmployeeExportRow(
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
    byte[]? MyNumberCiphertext,
    string? MunicipalityCode,
    bool IsOfficer);
