using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ExportYearEndResults;

/// <summary>
/// Streams one projected row at a time from the database to the CSV writer (memory flat). Only current results are
/// written, and only when none in scope is stale: a file with last week's figures for some employees would be paid
/// as if it were right. Shift_JIS first checks the names (the only free text) and lists those CP932 cannot hold.
/// </summary>
public sealed class ExportResultsCommandHandler(
    IAppDbContext db, ICsvFileWriterFactory writers, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<ExportResultsCommand, ResultsExportResult>
{
    public const int MaxReportedProblems = 1000;

    public async ValueTask<ResultsExportResult> Handle(ExportResultsCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ExportData);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var year = new TaxYear(command.TaxYear);
        await ResultStaleness.RequireNoneStaleAsync(db, currentUser, year, cancellationToken);
        var inYear = ResultScope.Visible(db.YearEndResults.AsNoTracking(), db, currentUser).Where(r => r.TaxYear == year);

        var rows = from r in inYear
                   join e in db.Employees.AsNoTracking() on r.EmployeeId equals e.Id
                   orderby e.Number
                   select new ResultsCsvRow(
                       e.Number.Value, e.Name, r.TaxYear.Value, r.NotAdjustedReason,
                       r.SalaryTotal, r.EmploymentIncome, r.IncomeAdjustmentDeduction, r.TotalDeductions, r.WithheldTaxTotal,
                       r.SocialInsuranceDeduction, r.SmallEnterpriseMutualAidDeduction, r.LifeInsuranceDeduction, r.EarthquakeInsuranceDeduction,
                       r.SpouseDeductionKind, r.SpouseDeduction, r.SpecificRelativeDeduction, r.DependantDeduction, r.DisabilityDeduction,
                       r.WidowDeduction, r.SingleParentDeduction, r.WorkingStudentDeduction, r.BasicDeduction,
                       r.TaxableIncome, r.ComputedTax, r.HousingLoanCredit, r.FlatTaxCutApplied, r.FlatTaxCutUnabsorbed,
                       r.AnnualTax, r.Difference);

        if (command.Encoding == CsvTextEncoding.ShiftJis)
        {
            var problems = new List<CsvImportIssue>();
            long line = 1;
            await foreach (var name in (from r in inYear join e in db.Employees on r.EmployeeId equals e.Id orderby e.Number select e.Name)
                .AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                line++;
                if (!writers.CanEncode(command.Encoding, name) && problems.Count < MaxReportedProblems)
                {
                    problems.Add(new CsvImportIssue(line, ResultsCsvLayout.Header[1],
                        "Shift_JIS で表せない文字があります。UTF-8 で出力するか、文字を置き換えてください。"));
                }
            }

            if (problems.Count > 0)
            {
                return new ResultsExportResult(false, 0, problems);
            }
        }

        // Recorded before the first byte leaves, so even an interrupted export is on the trail.
        var total = await inYear.CountAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, AuditAction.ResultsExported,
            detail: $"year={command.TaxYear} rows={total} encoding={command.Encoding}"));
        await db.SaveChangesAsync(cancellationToken);

        var count = 0;
        await using (var writer = writers.Create(command.Destination, command.Encoding))
        {
            writer.WriteRow(ResultsCsvLayout.Header);
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var cells = ResultsCsvLayout.Cells(row);
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = CsvFormulaGuard.Neutralize(cells[i]);
                }

                writer.WriteRow(cells);
                count++;
            }

            await writer.FlushAsync(cancellationToken);
        }

        return new ResultsExportResult(true, count, []);
    }
}
