using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Outputs;

// The employee as the outputs read it: the recipient's boxes of the slip plus the master columns the 統一CSV needs
// (提出先市町村コード, 役員 for 作成区分). Narrow on purpose, so a whole-year output can project these columns instead of
// materialising the Employee aggregate with its family members (ADR 0054).
public sealed record SlipEmployee(
    EmployeeId Id,
    EmployeeNumber Number,
    string Name,
    string NameKana,
    string? Address,
    DateOnly BirthDate,
    DateOnly HireDate,
    DateOnly? LeaveDate,
    string? MunicipalityCode,
    bool IsOfficer)
{
    public static SlipEmployee From(Employee employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        return new SlipEmployee(
            employee.Id, employee.Number, employee.Name, employee.NameKana, employee.Address, employee.BirthDate, employee.HireDate,
            employee.LeaveDate, employee.MunicipalityCode, employee.IsOfficer);
    }
}
