using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.ExportEmployees;

/// <summary>
/// When <see cref="Written"/> is false nothing was written: <see cref="Problems"/> lists the cells (output line and
/// column) that the chosen encoding cannot hold, instead of silently writing '?'.
/// </summary>
public sealed record EmployeeExportResult(bool Written, int RowCount, int ProblemCount, IReadOnlyList<CsvImportIssue> Problems);
