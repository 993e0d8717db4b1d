using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

/// <summary>What a confirmed import did; when <see cref="Applied"/> is false nothing was written and the errors say why.</summary>
public sealed record EmployeeImportResult(
    bool Applied,
    int Added,
    int Changed,
    int Unchanged,
    int Disabled,
    int ErrorCount,
    IReadOnlyList<CsvImportIssue> Errors,
    int AccountsCreated = 0,
    int AccountsInvited = 0,
    int AccountsDisabled = 0);
