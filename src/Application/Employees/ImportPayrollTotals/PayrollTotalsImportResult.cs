using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.ImportPayrollTotals;

public sealed record PayrollTotalsImportResult(bool Applied, int Added, int Changed, int Unchanged, int ErrorCount, IReadOnlyList<CsvImportIssue> Errors);
