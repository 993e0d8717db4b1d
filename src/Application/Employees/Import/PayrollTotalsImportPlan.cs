using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>The checked payroll file: for each row the employee, the amounts and the stored totals they replace.</summary>
public sealed class PayrollTotalsImportPlan
{
    public CsvTextEncoding? Encoding { get; set; }

    public string? Fingerprint { get; set; }

    public List<CsvImportIssue> Errors { get; } = [];

    public List<CsvImportIssue> Warnings { get; } = [];

    public List<(EmployeeId EmployeeId, PayrollAmounts Amounts, PayrollTotal? Existing)> Rows { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public int Added => Rows.Count(r => r.Existing is null);

    public int Changed => Rows.Count(r => r.Existing is not null && r.Existing.Amounts != r.Amounts);

    public int Unchanged => Rows.Count(r => r.Existing is not null && r.Existing.Amounts == r.Amounts);

    public IReadOnlyList<CsvImportIssue> ReportedErrors => Errors.OrderBy(e => e.Line).Take(EmployeeImportPlan.MaxReportedIssues).ToList();
}
