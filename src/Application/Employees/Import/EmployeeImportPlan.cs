using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// The outcome of reading and checking a whole employee file against the stored employees: counts, errors and
/// warnings. The planned rows themselves went to the caller one by one and are not kept (ADR 0025).
/// </summary>
public sealed class EmployeeImportPlan
{
    public const int MaxReportedIssues = 1000;

    public CsvTextEncoding? Encoding { get; set; }

    public string? Fingerprint { get; set; }

    public List<CsvImportIssue> Errors { get; } = [];

    public List<CsvImportIssue> Warnings { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    public int Leaving { get; private set; }

    /// <summary>Accounts the import disables: what the result's disabled count will say.</summary>
    public int ToDisable { get; private set; }

    public int MyNumbers { get; private set; }

    /// <summary>Errors sorted by line, at most <see cref="MaxReportedIssues"/>, for display.</summary>
    public IReadOnlyList<CsvImportIssue> ReportedErrors =>
        Errors.OrderBy(e => e.Line).Take(MaxReportedIssues).ToList();

    public void Count(PlannedEmployee row)
    {
        if (row.IsNew) Added++;
        else if (row.IsChanged) Changed++;
        else Unchanged++;
        if (row.Leaves) Leaving++;
        if (row.Disables) ToDisable++;
        if (row.Row.MyNumber is not null) MyNumbers++;
    }
}
