using Mediator;

namespace YearEndAdjustment.Application.Employees.PreviewPayrollTotalsImport;

/// <summary>Dry run of a payroll totals CSV for one tax year (Y-02); writes nothing.</summary>
public sealed record PreviewPayrollTotalsImportQuery(Stream Content, int TaxYear) : IQuery<PayrollTotalsImportPreview>;
