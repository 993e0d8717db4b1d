using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// One valid data row of an employee CSV, normalised and parsed. Optional columns the file does not have are null
/// here and keep the stored value; an empty 個人番号 cell also keeps the stored number (deleting a number is a
/// deliberate action, not a blank cell). The account columns are parsed and checked but not acted on yet: account
/// creation belongs to the accounts module.
/// </summary>
public sealed class EmployeeImportRow
{
    public required long Line { get; init; }

    public required EmployeeNumber Number { get; init; }

    public required string Name { get; init; }

    public required string NameKana { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required DateOnly HireDate { get; init; }

    public Gender? Gender { get; init; }

    public string? PostalCode { get; init; }

    public string? Address { get; init; }

    public DateOnly? LeaveDate { get; init; }

    public string? DepartmentCode { get; init; }

    public string? DepartmentName { get; init; }

    public string? Email { get; init; }

    public MyNumber? MyNumber { get; init; }

    /// <summary>市区町村コード; null when the file has no such column or the cell is empty.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>役員区分; null when the file has no such column (the stored flag stays).</summary>
    public bool? IsOfficer { get; init; }

    public LoginId? LoginId { get; init; }

    public AccountRole? Role { get; init; }

    public string? InitialPassword { get; init; }

    public IReadOnlyList<NormalizedCell> NormalizedCells { get; init; } = [];
}
