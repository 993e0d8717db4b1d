using YearEndAdjustment.Application.Employees.Import;

namespace YearEndAdjustment.Application.Employees.PreviewEmployeeImport;

/// <summary>One row the import would add or change: its columns that change, whether it disables the employee, and what normalisation did.</summary>
public sealed record EmployeeImportPreviewItem(
    long Line,
    string EmployeeNumber,
    string Name,
    string Kind,
    IReadOnlyList<string> ChangedColumns,
    bool WillBeDisabled,
    IReadOnlyList<NormalizedCell> NormalizedCells)
{
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
}
