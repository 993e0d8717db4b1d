using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.Support;

/// <summary>
/// Computes and stores results for a batch of approved declarations of one year (ADR 0039): one joined read per
/// batch (declaration forms, payroll totals, leave date, the stored result's stamp; no per-row query, no tracking), the
/// calculator with trace in memory, then one bulk write of the inserts and updates. An input whose fingerprint equals
/// the stored result's keeps the stored figures and their publication; only the stamp moves.
/// </summary>
public sealed class ResultCalculator(IAppDbContext db, IBulkWriter writer, TimeProvider clock)
{
    public const int BatchSize = 2000;

    /// <summary>Ids of the year's approved declarations within the user's departments, in a stable order.</summary>
    public Task<List<DeclarationId>> ScopeAsync(int taxYear, ICurrentUser user, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        return ResultScope.Visible(db.Declarations.AsNoTracking(), db, user)
            .Where(d => d.TaxYear == year && d.Status == DeclarationStatus.Approved)
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The batch's results, computed; nothing is written. The batch is a slice of <see cref="ScopeAsync"/>'s list, in its order.</summary>
    public async Task<BulkChangeSet> ComputeAsync(
        TenantId tenantId, int taxYear, IReadOnlyCollection<DeclarationId> batch, Guid runId, RunCalculationSummary summary, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        var ids = batch.ToHashSet();
        if (ids.Count == 0)
        {
            return new BulkChangeSet();
        }

        // One read per batch: the declaration, its payroll totals, the leave date and only the stored result's stamp
        // and fingerprint (its figures and trace are loaded below for the few rows that change). The batch is a key
        // range of the scope's ordered ids, read from the index; an IN list of 2,000 parameters cost more to bind
        // than the rows to read. Rows in the range but outside the batch (another department's) are skipped.
        // The range comes from the batch's ends in the database's own order (ScopeAsync's ORDER BY), never from a
        // client-side comparison: SQL Server orders uniqueidentifier differently from Guid.CompareTo.
        var first = batch.First();
        var last = batch.Last();
        var rows = await (
                from d in db.Declarations.AsNoTracking()
                where d.TaxYear == year && d.Status == DeclarationStatus.Approved && d.Id >= first && d.Id <= last
                join e in db.Employees.AsNoTracking() on d.EmployeeId equals e.Id
                join p in db.PayrollTotals.AsNoTracking().Where(p => p.TaxYear == year) on d.EmployeeId equals p.EmployeeId into payroll
                from p in payroll.DefaultIfEmpty()
                join r in db.YearEndResults.AsNoTracking().Where(r => r.TaxYear == year) on d.EmployeeId equals r.EmployeeId into stored
                from r in stored.DefaultIfEmpty()
                select new BatchRow(
                    d.Id, d.EmployeeId, d.Version, d.Dependants, d.Basic, d.Insurance, d.HousingLoan, e.LeaveDate, p,
                    r == null ? null : new StoredStamp(
                        r.Id, r.InputFingerprint, r.NotAdjustedReason,
                        new CalculationStamp(r.DeclarationId, r.DeclarationVersion, r.PayrollVersion, r.PayrollUpdatedAtUtc, r.LeaveDate))))
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new BulkChangeSet();
        var restamps = new Dictionary<YearEndResultId, CalculationStamp>();
        var replacements = new Dictionary<YearEndResultId, (CalculationStamp Stamp, string Fingerprint, AdjustmentResult Result)>();
        rows.RemoveAll(row => !ids.Contains(row.Id));
        summary.Declarations += rows.Count;
        foreach (var d in rows)
        {
            if (d.Payroll is not { } total)
            {
                summary.NoPayroll++;
                continue;
            }

            var stamp = new CalculationStamp(d.Id, d.Version, total.Version, total.UpdatedAtUtc, d.LeaveDate);
            var input = DeclarationAdjustmentInput.Build(
                new DeclarationForms(d.Dependants, d.Basic, d.Insurance, d.HousingLoan), taxYear, CalculationPayroll.From(total, d.LeaveDate, taxYear));
            var fingerprint = InputFingerprint.Of(input);
            if (d.Stored is { } stored && string.Equals(stored.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                summary.Unchanged++;
                Count(summary, stored.NotAdjustedReason);
                if (stored.Stamp != stamp)
                {
                    restamps.Add(stored.Id, stamp);
                }

                continue;
            }

            AdjustmentResult result;
            try
            {
                result = AdjustmentCalculator.Calculate(input, includeTrace: true);
            }
            catch (DomainRuleViolationException ex)
            {
                summary.Refused++;
                summary.FirstRefusal ??= ex.Reason;
                continue;
            }

            summary.Calculated++;
            Count(summary, result.NotAdjustedReason);
            if (d.Stored is null)
            {
                changes.Insert(YearEndResult.Record(tenantId, d.EmployeeId, stamp, fingerprint, result, runId, now));
            }
            else
            {
                replacements.Add(d.Stored.Id, (stamp, fingerprint, result));
            }
        }

        if (restamps.Count + replacements.Count > 0)
        {
            var touched = restamps.Keys.Concat(replacements.Keys).ToList();
            var entities = await db.YearEndResults.AsNoTracking().Where(r => EF.Parameter(touched).Contains(r.Id)).ToListAsync(cancellationToken);
            foreach (var entity in entities)
            {
                var original = entity.Version;
                if (restamps.TryGetValue(entity.Id, out var stamp))
                {
                    entity.Restamp(stamp, runId, now);
                }
                else
                {
                    var (newStamp, fingerprint, result) = replacements[entity.Id];
                    entity.Replace(newStamp, fingerprint, result, runId, now);
                }

                changes.Update(entity, original);
            }
        }

        return changes;
    }

    public Task WriteAsync(BulkChangeSet changes, CancellationToken cancellationToken) => writer.ApplyAsync(changes, cancellationToken);

    /// <summary>Computes and writes one batch in its own transaction.</summary>
    public async Task RunBatchAsync(
        TenantId tenantId, int taxYear, IReadOnlyCollection<DeclarationId> batch, Guid runId, RunCalculationSummary summary, CancellationToken cancellationToken)
    {
        var changes = await ComputeAsync(tenantId, taxYear, batch, runId, summary, cancellationToken);
        await writer.ApplyAsync(changes, cancellationToken);
    }

    private static void Count(RunCalculationSummary summary, NotAdjustedReason reason)
    {
        if (reason != NotAdjustedReason.None)
        {
            summary.NotAdjusted[reason] = summary.NotAdjusted.GetValueOrDefault(reason) + 1;
        }
    }

    private sealed record StoredStamp(YearEndResultId Id, string Fingerprint, NotAdjustedReason NotAdjustedReason, CalculationStamp Stamp);

    private sealed record BatchRow(
        DeclarationId Id,
        EmployeeId EmployeeId,
        int Version,
        DependantsForm Dependants,
        BasicDeductionForm Basic,
        InsuranceForm Insurance,
        HousingLoanForm? HousingLoan,
        DateOnly? LeaveDate,
        PayrollTotal? Payroll,
        StoredStamp? Stored);
}
