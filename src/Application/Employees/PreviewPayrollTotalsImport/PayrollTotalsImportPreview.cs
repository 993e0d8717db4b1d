using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.PreviewPayrollTotalsImport;

public sealed record PayrollTotalsImportPreview(
    bool IsValid,
    string? Encoding,
    string? Fingerprint,
    int Added,
    int Changed,
    int Unchanged,
    int ErrorCount,
    IReadOnlyList<CsvImportIssue> Errors,
    IReadOnlyList<CsvImportIssue> Warnings);
