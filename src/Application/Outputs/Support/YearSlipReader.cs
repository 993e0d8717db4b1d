using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.Support;

/// <summary>
/// Every slip of a whole-year output (the 統一CSV, the ZIP of slips) in employee-number order, a key range at a time
/// (ADR 0052). Per batch: one read of the rows (employee, declaration forms, payroll) for the next range of employee
/// numbers, one of the stored figures as columns (no trace, no recalculation) and one staleness check over the same
/// range; so no id list is bound and nothing is calculated again. A stale or vanished result refuses the output, as
/// <see cref="SlipLoader"/> refuses one slip. Memory holds one batch.
/// </summary>
public sealed class YearSlipReader(IAppDbContext db, ITenantContext tenantContext)
{
    /// <summary>Employees per batch: large enough that the three reads per batch are cheap, small enough to stay flat.</summary>
    public const int DefaultBatchSize = 1000;

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>How many slips the output covers; refused as not found when none.</summary>
    public async Task<int> CountAsync(ICurrentUser user, int taxYear, CancellationToken cancellationToken)
    {
        var count = await Scoped(user, taxYear).CountAsync(cancellationToken);
        if (count == 0)
        {
            throw NotFoundException.Of(MessageKeys.ResultsNotFound);
        }

        return count;
    }

    /// <summary>
    /// The batches in order. With <paramref name="readAhead"/> the next batch is read and composed on another thread
    /// while the caller handles the current one, so the database and the caller's work overlap on two cores; only for
    /// a caller that does not use this scope's database context meanwhile (a context serves one operation at a time).
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<LoadedSlip>> BatchesAsync(
        ICurrentUser user, int taxYear, bool readAhead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var payer = await db.GetPayerAsync(tenantId, cancellationToken);
        var scoped = Scoped(user, taxYear);
        var pending = ReadBatchAsync(scoped, null, taxYear, payer, cancellationToken);
        try
        {
            while (true)
            {
                var (slips, last) = await pending;
                if (slips.Count == 0)
                {
                    yield break;
                }

                // SQLite's async reads run synchronously on the caller's thread; Task.Run is what makes them overlap.
                pending = readAhead
                    ? Task.Run(() => ReadBatchAsync(scoped, last, taxYear, payer, cancellationToken), cancellationToken)
                    : Task.FromResult<(List<LoadedSlip>, EmployeeNumber?)>(([], null));
                yield return slips;
                if (!readAhead)
                {
                    pending = ReadBatchAsync(scoped, last, taxYear, payer, cancellationToken);
                }
            }
        }
        finally
        {
            // A caller that stops early must not dispose the context under a read still running.
            await pending.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private async Task<(List<LoadedSlip> Slips, EmployeeNumber? Last)> ReadBatchAsync(
        IQueryable<Scope> scoped, EmployeeNumber? after, int taxYear, SlipPayer payer, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        var page = after is null ? scoped : scoped.Where(x => x.Employee.Number > after);
        var rows = await (from x in page
                          join p in db.PayrollTotals.AsNoTracking().Where(p => p.TaxYear == year) on x.Result.EmployeeId equals p.EmployeeId
                          orderby x.Employee.Number
                          let d = x.Declaration
                          select new Row(x.Employee, d.Version, d.Dependants, d.Basic, d.Insurance, d.HousingLoan, p))
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return ([], null);
        }

        // The range's ends as the database ordered them (its collation, not string.CompareOrdinal).
        var first = rows[0].Employee.Number;
        var last = rows[^1].Employee.Number;
        var range = scoped.Where(x => x.Employee.Number >= first && x.Employee.Number <= last).Select(x => x.Result);
        var figures = await range.Select(YearEndResult.StoredFigures).ToDictionaryAsync(f => f.EmployeeId, cancellationToken);
        if (await range.AnyAsync(ResultStaleness.IsStale(db), cancellationToken))
        {
            throw Stale(taxYear);
        }

        var slips = new List<LoadedSlip>(rows.Count);
        foreach (var row in rows)
        {
            // Current now (checked above) and computed from the very rows read first, or something moved in between.
            if (!figures.TryGetValue(row.Employee.Id, out var stored) || stored.DeclarationVersion != row.DeclarationVersion
                || stored.PayrollVersion != row.Payroll.Version || stored.LeaveDate != row.Employee.LeaveDate)
            {
                throw Stale(taxYear);
            }

            slips.Add(Compose(row, stored.Result, taxYear, payer));
        }

        return (slips, last);
    }

    // OutputScope.Results as joins: the employees inside the user's departments, their result of the year, its
    // declaration still approved. Joins, not IN (subquery): SQLite builds an IN list afresh for every batch, which made
    // each batch read every declaration of the tenant.
    private IQueryable<Scope> Scoped(ICurrentUser user, int taxYear)
    {
        var year = new TaxYear(taxYear);
        return from e in VisibleEmployees.To(user, db.Employees.AsNoTracking())
               join r in db.YearEndResults.AsNoTracking().Where(r => r.TaxYear == year) on e.Id equals r.EmployeeId
               join d in db.Declarations.AsNoTracking().Where(d => d.Status == DeclarationStatus.Approved) on r.DeclarationId equals d.Id
               select new Scope { Result = r, Declaration = d, Employee = e };
    }

    private static LoadedSlip Compose(Row row, AdjustmentResult result, int taxYear, SlipPayer payer)
    {
        var forms = new DeclarationForms(row.Dependants, row.Basic, row.Insurance, row.HousingLoan);
        var slip = WithholdingSlipBuilder.Build(new WithholdingSlipSource
        {
            Payer = payer,
            Employee = row.Employee,
            Payroll = CalculationPayroll.From(row.Payroll, row.Employee.LeaveDate, taxYear),
            Forms = forms,
            Result = result,
        });
        return new LoadedSlip(slip, row.Employee, forms);
    }

    private static DomainRuleViolationException Stale(int taxYear) =>
        new(MessageKeys.SlipsStale, Messages.Rule(MessageKeys.SlipsStale, taxYear));

    // Member-initialised, not positional: EF follows member access through an initialiser into later Where clauses.
    private sealed class Scope
    {
        public required YearEndResult Result { get; init; }

        public required Declaration Declaration { get; init; }

        public required Employee Employee { get; init; }
    }

    private sealed record Row(
        Employee Employee, int DeclarationVersion, DependantsForm Dependants, BasicDeductionForm Basic, InsuranceForm Insurance, HousingLoanForm? HousingLoan, PayrollTotal Payroll);
}
