using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.PreviewEmployeeImport;

/// <summary>
/// The preview shown before the admin confirms. <see cref="Fingerprint"/> identifies the exact file, so the confirm
/// step can refuse a different one. Nothing here holds a My Number.
/// </summary>
public sealed record EmployeeImportPreview(
    bool IsValid,
    string? Encoding,
    string? Fingerprint,
    int Added,
    int Changed,
    int Unchanged,
    int ToDisable,
    int ErrorCount,
    IReadOnlyList<CsvImportIssue> Errors,
    IReadOnlyList<CsvImportIssue> Warnings,
    IReadOnlyList<EmployeeImportPreviewItem> Items,
    int Leaving = 0);
