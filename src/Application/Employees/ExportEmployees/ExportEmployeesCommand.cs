using Mediator;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.ExportEmployees;

/// <summary>
/// Streams the tenant's employees to <paramref name="Destination"/> in the import template's layout, so the file
/// re-imports with no changes. My Numbers only with <paramref name="IncludeMyNumbers"/> and the permission; every
/// export is audited (R-21). A command because it writes the audit trail.
/// </summary>
public sealed record ExportEmployeesCommand(Stream Destination, CsvTextEncoding Encoding = CsvTextEncoding.Utf8WithBom, bool IncludeMyNumbers = false)
    : ICommand<EmployeeExportResult>;
