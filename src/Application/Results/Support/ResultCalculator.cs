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
/// batch (declaration forms as JSON text, payroll totals, leave date, the stored result's stamp; no per-row query, no
/// tracking), the forms parsed and the calculator run with trace in memory, then one bulk write of the inserts and updates. An input whose fingerprint equals
/// the stored result's keeps the stored figures and their publication; only the stamp moves.
/// </summary>
public sealed class ResultCalculator(
    IAppDbContext db, IBulkWriter writer, IDeclarationFormsJson formsJson, TimeProvider clock, ResultCalculator.Batching? batching = null)
{
    public const int BatchSize = 2000;

    private readonly int _batchSize = batching?.Size ?? BatchSize;

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
        var rows = await ReadAsync(taxYear, batch, cancellationToken);
        var computed = Compute(tenantId, taxYear, rows, runId, summary, new ParsedFormsMemo());
        return await FinishAsync(computed, runId, cancellationToken);
    }

    /// <summary>
    /// A whole run over <paramref name="ids"/> in batches, with the database and the calculator working at the same
    /// time (ADR 0053): while one batch is calculated on another thread, this one reads the next batch and writes the
    /// previous one. The database is only ever used from this thread, one statement at a time (a context is not
    /// thread-safe); a calculation touches no database. Each batch is still written in its own transaction.
    /// </summary>
    public async Task RunAllAsync(
        TenantId tenantId, int taxYear, IReadOnlyList<DeclarationId> ids, Guid runId, RunCalculationSummary summary,
        Action<int>? progress, CancellationToken cancellationToken)
    {
        var batches = ids.Chunk(_batchSize).ToList();
        if (batches.Count == 0)
        {
            return;
        }

        var done = 0;

        // One memo for the run: calculations run one after another (below), so it is never used by two threads at once.
        var memo = new ParsedFormsMemo();
        var rows = await ReadAsync(taxYear, batches[0], cancellationToken);
        var computing = Task.Run(() => Compute(tenantId, taxYear, rows, runId, summary, memo), cancellationToken);
        for (var i = 0; i < batches.Count; i++)
        {
            var next = i + 1 < batches.Count ? await ReadAsync(taxYear, batches[i + 1], cancellationToken) : null;
            var computed = await computing;
            if (next is not null)
            {
                // Summary updates stay sequential: this calculation starts only after the previous one finished.
                computing = Task.Run(() => Compute(tenantId, taxYear, next, runId, summary, memo), cancellationToken);
            }

            await writer.ApplyAsync(await FinishAsync(computed, runId, cancellationToken), cancellationToken);
            done += batches[i].Length;
            progress?.Invoke(done);
        }
    }

    /// <summary>
    /// One read per batch: the declaration, its payroll totals, the leave date and only the stored result's stamp and
    /// fingerprint (its figures and trace are loaded in <see cref="FinishAsync"/> for the few rows that change). The
    /// batch is a key range of the scope's ordered ids, read from the index; an IN list of 2,000 parameters cost more to
    /// bind than the rows to read. Rows in the range but outside the batch (another department's) are dropped. The range
    /// comes from the batch's ends in the database's own order (ScopeAsync's ORDER BY), never from a client-side
    /// comparison: SQL Server orders uniqueidentifier differently from Guid.CompareTo.
    /// </summary>
    private async Task<List<BatchRow>> ReadAsync(int taxYear, IReadOnlyCollection<DeclarationId> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        var year = new TaxYear(taxYear);
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
                // The forms as their stored text (ADR 0055): parsing them is most of a read's cost, and it belongs on the
                // calculating thread, not on the one the database waits for.
                select new BatchRow(
                    d.Id, d.EmployeeId, d.Version, (string)(object)d.Dependants, (string)(object)d.Basic, (string)(object)d.Insurance,
                    (string?)(object?)d.HousingLoan, e.LeaveDate,
                    // The total's figures and stamp only: its keys and tenant are known, and each column read costs
                    // the database thread a null check and a conversion (ADR 0057).
                    p == null ? null : new PayrollRow(
                        new PayrollAmounts(p.SalaryPaid, p.BonusPaid, p.TaxWithheld, p.SocialInsuranceWithheld,
                            p.PreviousEmployersSalaryPaid, p.PreviousEmployersTaxWithheld, p.PreviousEmployersSocialInsurance),
                        p.Version, p.UpdatedAtUtc),
                    r == null ? null : new StoredStamp(
                        r.Id, r.InputFingerprint, r.NotAdjustedReason,
                        new CalculationStamp(r.DeclarationId, r.DeclarationVersion, r.PayrollVersion, r.PayrollUpdatedAtUtc, r.LeaveDate))))
            .ToListAsync(cancellationToken);
        var ids = batch.ToHashSet();
        rows.RemoveAll(row => !ids.Contains(row.Id));
        return rows;
    }

    /// <summary>The calculation itself: no database, so it may run beside the next read and the previous write.</summary>
    private Computed Compute(TenantId tenantId, int taxYear, List<BatchRow> rows, Guid runId, RunCalculationSummary summary, ParsedFormsMemo memo)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var computed = new Computed(new BulkChangeSet(), [], [], now);
        summary.Declarations += rows.Count;
        foreach (var d in rows)
        {
            if (d.Payroll is not { } total)
            {
                summary.NoPayroll++;
                continue;
            }

            var stamp = new CalculationStamp(d.Id, d.Version, total.Version, total.UpdatedAtUtc, d.LeaveDate);
            var forms = formsJson.Read(d.Dependants, d.Basic, d.Insurance, d.HousingLoan, memo);
            var input = DeclarationAdjustmentInput.Build(forms, taxYear, CalculationPayroll.From(total.Amounts, d.LeaveDate, taxYear));
            var fingerprint = InputFingerprint.Of(input);
            if (d.Stored is { } stored && string.Equals(stored.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                summary.Unchanged++;
                Count(summary, stored.NotAdjustedReason);
                if (stored.Stamp != stamp)
                {
                    computed.Restamps.Add(stored.Id, stamp);
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
                computed.Changes.Insert(YearEndResult.Record(tenantId, d.EmployeeId, stamp, fingerprint, result, runId, now));
            }
            else
            {
                computed.Replacements.Add(d.Stored.Id, (stamp, fingerprint, result));
            }
        }

        return computed;
    }

    /// <summary>Loads the stored results that change (full rows, for the versioned update) and applies the new figures.</summary>
    private async Task<BulkChangeSet> FinishAsync(Computed computed, Guid runId, CancellationToken cancellationToken)
    {
        var (changes, restamps, replacements, now) = computed;
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

    private static void Count(RunCalculationSummary summary, NotAdjustedReason reason)
    {
        if (reason != NotAdjustedReason.None)
        {
            summary.NotAdjusted[reason] = summary.NotAdjusted.GetValueOrDefault(reason) + 1;
        }
    }

    /// <summary>Another batch size than <see cref="BatchSize"/> (tests: several batches from a few declarations).</summary>
    public sealed record Batching(int Size);

    private sealed record Computed(
        BulkChangeSet Changes,
        Dictionary<YearEndResultId, CalculationStamp> Restamps,
        Dictionary<YearEndResultId, (CalculationStamp Stamp, string Fingerprint, AdjustmentResult Result)> Replacements,
        DateTime Now);

    private sealed record StoredStamp(YearEndResultId Id, string Fingerprint, NotAdjustedReason NotAdjustedReason, CalculationStamp Stamp);

    private sealed record BatchRow(
        DeclarationId Id,
        EmployeeId EmployeeId,
        int Version,
        string Dependants,
        string Basic,
        string Insurance,
        string? HousingLoan,
        DateOnly? LeaveDate,
        PayrollRow? Payroll,
        StoredStamp? Stored);

    private sealed record PayrollRow(PayrollAmounts Amounts, int Version, DateTime UpdatedAtUtc);
}
