using Mediator;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.UpdateEmployee;

/// <summary>
/// An admin corrects one employee's master data on screen (Y-01). <paramref name="Version"/> is the version the form
/// was filled from: if someone else saved in between, nothing is overwritten. My Numbers are not edited here.
/// <paramref name="IsOfficer"/> (役員) is set only when given: a caller without the field keeps the stored flag.
/// </summary>
public sealed record UpdateEmployeeCommand(
    Guid EmployeeId,
    int Version,
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
    bool? IsOfficer = null) : ICommand<UpdateEmployeeResult>;
