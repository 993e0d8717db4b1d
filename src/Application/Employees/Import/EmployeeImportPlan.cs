using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>The outcome of reading and checking a whole employee file against the stored employees; nothing written yet.</summary>
public sealed class EmployeeImportPlan
{
    public const int MaxReportedIssues = 1000;

    private readonly List<CsvImportIssue> _errors = [];

    public CsvTextEncoding? Encoding { get; set; }

    public string? Fingerprint { get; set; }

    public List<CsvImportIssue> Errors => _errors;

    public List<CsvImportIssue> Warnings { get; } = [];

    public List<PlannedEmployee> Rows { get; } = [];

    public bool IsValid => _errors.Count == 0;

    public int Added => Rows.Count(r => r.IsNew);

    public int Changed => Rows.Count(r => r.IsChanged);

    public int Unchanged => Rows.Count(r => !r.IsNew && !r.IsChanged);

    public int ToDisable => Rows.Count(r => r.Disables);

    /// <summary>Errors sorted by line, at most <see cref="MaxReportedIssues"/>, for display.</summary>
    public IReadOnlyList<CsvImportIssue> ReportedErrors =>
        _errors.OrderBy(e => e.Line).Take(MaxReportedIssues).ToList();
}
