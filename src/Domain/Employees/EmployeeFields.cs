namespace YearEndAdjustment.Domain.Employees;

/// <summary>The fields of an employee's master record, as flags, so a change can say which fields it touched.</summary>
[Flags]
public enum EmployeeFields
{
    None = 0,
    Name = 1 << 0,
    NameKana = 1 << 1,
    BirthDate = 1 << 2,
    Gender = 1 << 3,
    PostalCode = 1 << 4,
    Address = 1 << 5,
    HireDate = 1 << 6,
    LeaveDate = 1 << 7,
    DepartmentCode = 1 << 8,
    DepartmentName = 1 << 9,
    Email = 1 << 10,
    MyNumber = 1 << 11,
    MunicipalityCode = 1 << 12,
    Officer = 1 << 13,
}
