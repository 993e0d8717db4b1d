namespace YearEndAdjustment.Application.Employees.GetEmployee;

public sealed record EmployeeDetailsDto(
    Guid Id, string EmployeeNumber, string Name, string NameKana, DateOnly BirthDate, string Gender, string? PostalCode,
    string? Address, DateOnly HireDate, DateOnly? LeaveDate, string? DepartmentCode, string? DepartmentName, string? Email,
    bool HasMyNumber, IReadOnlyList<FamilyMemberDto> FamilyMembers, int Version, bool IsOfficer = false);
