using Mediator;

namespace YearEndAdjustment.Application.Employees.ImportPayrollTotals;

/// <summary>Upserts payroll totals per employee for one tax year (Y-02); nothing is written unless the whole file is valid.</summary>
public sealed record ImportPayrollTotalsCommand(Stream Content, int TaxYear, string? ExpectedFingerprint = null) : ICommand<PayrollTotalsImportResult>;
