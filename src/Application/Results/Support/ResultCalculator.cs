using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.Support;

/// <summary>
/// Computes and stores results for a batch of approved declarations of one year (ADR 0039): four set-based reads per
/// batch (declarations' forms, payroll totals, leave dates, existing results; no per-row query, no tracking), the
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

    /// <summary>The batch's results, computed; nothing is written.</summary>
    public async Task<BulkChangeSet> ComputeAsync(
        TenantId tenantId, int taxYear, IReadOnlyCollection<DeclarationId> batch, Guid runId, RunCalculationSummary summary, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        var ids = batch.ToList();
        var declarations = await db.Declarations.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.TaxYear == year && d.Status == DeclarationStatus.Approved)
            .Select(d => new { d.Id, d.EmployeeId, d.Version, d.Dependants, d.Basic, d.Insurance, d.HousingLoan })
            .ToListAsync(cancellationToken);
        var employeeIds = declarations.Select(d => d.EmployeeId).ToList();
        var payroll = await db.PayrollTotals.AsNoTracking()
            .Where(p => p.TaxYear == year && employeeIds.Contains(p.EmployeeId))
            .ToDictionaryAsync(p => p.EmployeeId, cancellationToken);
        var leaveDates = await db.Employees.AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .Select(e => new { e.Id, e.LeaveDate })
            .ToDictionaryAsync(e => e.Id, e => e.LeaveDate, cancellationToken);
        var existing = await db.YearEndResults.AsNoTracking()
            .Where(r => r.TaxYear == year && employeeIds.Contains(r.EmployeeId))
            .ToDictionaryAsync(r => r.EmployeeId, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new BulkChangeSet();
        summary.Declarations += declarations.Count;
        foreach (var d in declarations)
        {
            if (!payroll.TryGetValue(d.EmployeeId, out var total))
            {
                summary.NoPayroll++;
                continue;
            }

            var leaveDate = leaveDates.GetValueOrDefault(d.EmployeeId);
            var stamp = new CalculationStamp(d.Id, d.Version, total.Version, total.UpdatedAtUtc, leaveDate);
            var input = DeclarationAdjustmentInput.Build(
                new DeclarationForms(d.Dependants, d.Basic, d.Insurance, d.HousingLoan), taxYear, CalculationPayroll.From(total, leaveDate, taxYear));
            var fingerprint = InputFingerprint.Of(input);
            existing.TryGetValue(d.EmployeeId, out var stored);
            if (stored is not null && stored.HasSameInput(fingerprint))
            {
                summary.Unchanged++;
                Count(summary, stored.NotAdjustedReason);
                if (!stored.IsStampedWith(stamp))
                {
                    var original = stored.Version;
                    stored.Restamp(stamp, runId, now);
                    changes.Update(stored, original);
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
            if (stored is null)
            {
                changes.Insert(YearEndResult.Record(tenantId, d.EmployeeId, stamp, fingerprint, result, runId, now));
            }
            else
            {
                var original = stored.Version;
                stored.Replace(stamp, fingerprint, result, runId, now);
                changes.Update(stored, original);
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
}
