using Mediator;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

/// <summary>
/// Confirms an employee CSV import: upserts by 社員番号 in one transaction, or writes nothing when any row is
/// invalid. <paramref name="ExpectedFingerprint"/>, from the preview, makes sure the confirmed file is the previewed one.
/// </summary>
public sealed record ImportEmployeesCommand(Stream Content, string? ExpectedFingerprint = null) : ICommand<EmployeeImportResult>;
