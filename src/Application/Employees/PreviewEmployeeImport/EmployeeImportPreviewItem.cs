using YearEndAdjustment.Application.Employees.Import;

namespace YearEndAdjustment.Application.Employees.PreviewEmployeeImport;

/// <summary>One row the import would add or change: its columns that change, whether the person leaves and whether their user ID is disabled, and what normalisation did.</summary>
public sealed record EmployeeImportPreviewItem(
    long Line,
    string EmployeeNumber,
    string Name,
    string Kind,
    IReadOnlyList<string> ChangedColumns,
    bool WillBeDisabled,
    IReadOnlyList<NormalizedCell> NormalizedCells,
    bool Leaves = false)
{
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
}
