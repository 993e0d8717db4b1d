using System.Threading.Channels;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ExportYearEndResults;

/// <summary>
/// Streams one projected row at a time from the database to the CSV writer (memory flat). Only current results are
/// written, and only when none in scope is stale: a file with last week's figures for some employees would be paid
/// as if it were right. Shift_JIS first checks the names (the only free text) and lists those CP932 cannot hold.
/// The rows are read on a second context into a bounded queue while this one runs the checks and records the audit
/// entry (ADR 0057): the staleness check is the longest query, and nothing is written before it has passed.
/// </summary>
public sealed class ExportResultsCommandHandler(
    IAppDbContext db, ICsvFileWriterFactory writers, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock,
    IOutputReadContexts readContexts)
    : ICommandHandler<ExportResultsCommand, ResultsExportResult>
{
    public const int MaxReportedProblems = 1000;

    /// <summary>
    /// Rows read ahead of the writer at most (10–15 MB), whatever the number of employees: enough for the reader to
    /// keep going for most of the staleness check's time instead of stopping after a few thousand rows.
    /// </summary>
    public const int RowsAhead = 32_768;

    public async ValueTask<ResultsExportResult> Handle(ExportResultsCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ExportData);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var year = new TaxYear(command.TaxYear);
        await using var side = readContexts.Open();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = Channel.CreateBounded<ResultsCsvRow>(new BoundedChannelOptions(RowsAhead) { SingleReader = true, SingleWriter = true });

        // SQLite reads run synchronously on the calling thread; Task.Run is what lets the reading overlap the checks.
        var reading = Task.Run(() => ReadAsync(Rows(side.Db, year), queue.Writer, stop.Token), stop.Token);
        try
        {
            return await WriteAsync(command, year, tenantId, queue.Reader, cancellationToken);
        }
        finally
        {
            // Refused, failed or done: the reader stops, and its context is not disposed under a running query.
            await stop.CancelAsync();
            await reading.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task<ResultsExportResult> WriteAsync(
        ExportResultsCommand command, TaxYear year, TenantId tenantId, ChannelReader<ResultsCsvRow> queued, CancellationToken cancellationToken)
    {
        await ResultStaleness.RequireNoneStaleAsync(db, currentUser, year, cancellationToken);
        var inYear = InYear(db, year);
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
            await foreach (var row in queued.ReadAllAsync(cancellationToken))
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

    private IQueryable<YearEndResult> InYear(IAppDbContext context, TaxYear year) =>
        ResultScope.Visible(context.YearEndResults.AsNoTracking(), context, currentUser).Where(r => r.TaxYear == year);

    private IQueryable<ResultsCsvRow> Rows(IAppDbContext context, TaxYear year) =>
        from r in InYear(context, year)
        join e in context.Employees.AsNoTracking() on r.EmployeeId equals e.Id
        orderby e.Number
        select new ResultsCsvRow(
            e.Number.Value, e.Name, r.TaxYear.Value, r.NotAdjustedReason,
            r.SalaryTotal, r.EmploymentIncome, r.IncomeAdjustmentDeduction, r.TotalDeductions, r.WithheldTaxTotal,
            r.SocialInsuranceDeduction, r.SmallEnterpriseMutualAidDeduction, r.LifeInsuranceDeduction, r.EarthquakeInsuranceDeduction,
            r.SpouseDeductionKind, r.SpouseDeduction, r.SpecificRelativeDeduction, r.DependantDeduction, r.DisabilityDeduction,
            r.WidowDeduction, r.SingleParentDeduction, r.WorkingStudentDeduction, r.BasicDeduction,
            r.TaxableIncome, r.ComputedTax, r.HousingLoanCredit, r.FlatTaxCutApplied, r.FlatTaxCutUnabsorbed,
            r.AnnualTax, r.Difference);

    private static async Task ReadAsync(IQueryable<ResultsCsvRow> rows, ChannelWriter<ResultsCsvRow> queue, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await queue.WriteAsync(row, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            queue.TryComplete(failure);
        }
    }
}
