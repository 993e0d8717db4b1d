using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.Contracts;
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
/// (ADR 0052, 0054). Per range one projected statement: the employee columns the slip prints, the declaration's forms,
/// the payroll row and the stored figures as columns (no trace, no recalculation), with staleness compared on the
/// same row; so no id list is bound, no aggregate is built and nothing is calculated again. A stale result refuses
/// the output, as <see cref="SlipLoader"/> refuses one slip. Memory holds one batch, three with read-ahead.
/// </summary>
public sealed class YearSlipReader(IAppDbContext db, ITenantContext tenantContext, IDeclarationFormsJson formsJson, IOutputReadContexts? parallel = null)
{
    /// <summary>Employees per range: large enough that a statement per range is cheap, small enough to stay flat.</summary>
    public const int DefaultBatchSize = 1000;

    private static readonly Expression<Func<Joined, Row>> Projection = BuildProjection();

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>How many slips the output covers; refused as not found when none.</summary>
    public async Task<int> CountAsync(ICurrentUser user, int taxYear, CancellationToken cancellationToken)
    {
        var count = await Scoped(db, user, taxYear).CountAsync(cancellationToken);
        if (count == 0)
        {
            throw NotFoundException.Of(MessageKeys.ResultsNotFound);
        }

        return count;
    }

    /// <summary>
    /// The batches in order, a range of <see cref="BatchSize"/> employee numbers each; the ranges' ends are every
    /// <see cref="BatchSize"/>-th number of the visible employees as the database orders them (its collation, ADR 0052),
    /// read first from the number index. With <paramref name="readAhead"/> the next ranges are read on other threads
    /// — on two contexts at once when a second one is available (ADR 0054: reading is the longest stage) — while the
    /// caller's thread composes the current batch's slips and the caller handles them; only for a caller that does not
    /// use this scope's database context meanwhile (a context serves one operation at a time).
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<LoadedSlip>> BatchesAsync(
        ICurrentUser user, int taxYear, bool readAhead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var payer = await db.GetPayerAsync(tenantId, cancellationToken);
        var ends = new List<EmployeeNumber>();
        var seen = 0;
        await foreach (var number in VisibleEmployees.To(user, db.Employees.AsNoTracking()).OrderBy(e => e.Number).Select(e => e.Number)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (++seen % BatchSize == 0)
            {
                ends.Add(number);
            }
        }

        var second = readAhead ? parallel?.Open() : null;
        var pending = new Queue<Task<List<ReadRow>>>();
        try
        {
            IAppDbContext[] contexts = second is null ? [db] : [db, second.Db];
            var queries = contexts.Select(c => InScope(c, user, taxYear)).ToArray();
            var ranges = ends.Count + 1;
            var next = 0;

            // Range k on context k mod n: range k + n starts only once range k is read, so no context has two at once.
            Task<List<ReadRow>> Read(int k) => ReadBatchAsync(queries[k % queries.Length], k == 0 ? null : ends[k - 1], k < ends.Count ? ends[k] : null, taxYear, formsJson, cancellationToken);
            void Fill()
            {
                // SQLite's async reads run synchronously on the calling thread; Task.Run is what makes them overlap.
                while (readAhead && next < ranges && pending.Count < contexts.Length)
                {
                    var range = next++;
                    pending.Enqueue(Task.Run(() => Read(range), cancellationToken));
                }
            }

            Fill();
            for (var k = 0; k < ranges; k++)
            {
                var rows = readAhead ? await pending.Dequeue() : await Read(k);
                Fill();
                if (rows.Count == 0)
                {
                    continue;
                }

                var slips = new List<LoadedSlip>(rows.Count);
                foreach (var row in rows)
                {
                    slips.Add(Compose(row, taxYear, payer));
                }

                yield return slips;
            }
        }
        finally
        {
            // A caller that stops early must not dispose a context under a read still running.
            foreach (var read in pending)
            {
                await read.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            if (second is not null)
            {
                await second.DisposeAsync();
            }
        }
    }

    private static async Task<List<ReadRow>> ReadBatchAsync(
        IQueryable<Joined> rowsInScope, EmployeeNumber? after, EmployeeNumber? upTo, int taxYear, IDeclarationFormsJson formsJson, CancellationToken cancellationToken)
    {
        // One statement per range, so the figures, the stamps they were computed from and the current rows are one
        // snapshot; EF's query cache keeps the range's shapes compiled.
        var page = after is null ? rowsInScope : rowsInScope.Where(x => x.Employee.Number > after);
        page = upTo is null ? page : page.Where(x => x.Employee.Number <= upTo);
        var rows = await page.OrderBy(x => x.Employee.Number).Select(Projection).ToListAsync(cancellationToken);
        var read = new List<ReadRow>(rows.Count);
        foreach (var row in rows)
        {
            // ResultStaleness.IsStale over the very rows joined here: declaration version, payroll version and time,
            // leave date. A change since the calculation refuses the output rather than mixing figures in.
            var stored = row.Stored;
            if (stored.DeclarationVersion != row.DeclarationVersion || stored.PayrollVersion != row.Payroll.Version
                || row.ResultPayrollUpdatedAtUtc != row.Payroll.UpdatedAtUtc || stored.LeaveDate != row.Employee.LeaveDate)
            {
                throw Stale(taxYear);
            }

            // The forms arrive as their stored text and are parsed here, on the reading thread, by the reader that
            // skips the serializer's general path (ADR 0058).
            read.Add(new ReadRow(row, formsJson.Read(row.Dependants, row.Basic, row.Insurance, row.HousingLoan)));
        }

        return read;
    }

    // OutputScope.Results as joins: the employees inside the user's departments, their result of the year, its
    // declaration still approved. Joins, not IN (subquery): SQLite builds an IN list afresh for every batch, which made
    // each batch read every declaration of the tenant.
    private static IQueryable<Scope> Scoped(IAppDbContext context, ICurrentUser user, int taxYear)
    {
        var year = new TaxYear(taxYear);
        return from e in VisibleEmployees.To(user, context.Employees.AsNoTracking())
               join r in context.YearEndResults.AsNoTracking().Where(r => r.TaxYear == year) on e.Id equals r.EmployeeId
               join d in context.Declarations.AsNoTracking().Where(d => d.Status == DeclarationStatus.Approved) on r.DeclarationId equals d.Id
               select new Scope { Result = r, Declaration = d, Employee = e };
    }

    // The scope with the year's payroll row: what one range reads.
    private static IQueryable<Joined> InScope(IAppDbContext context, ICurrentUser user, int taxYear)
    {
        var year = new TaxYear(taxYear);
        return from x in Scoped(context, user, taxYear)
               join p in context.PayrollTotals.AsNoTracking().Where(p => p.TaxYear == year) on x.Result.EmployeeId equals p.EmployeeId
               select new Joined { Result = x.Result, Declaration = x.Declaration, Employee = x.Employee, Payroll = p };
    }

    private static LoadedSlip Compose(ReadRow read, int taxYear, SlipPayer payer)
    {
        var (row, forms) = read;
        var slip = WithholdingSlipBuilder.Build(new WithholdingSlipSource
        {
            Payer = payer,
            Employee = row.Employee,
            Payroll = CalculationPayroll.From(row.Payroll, row.Employee.LeaveDate, taxYear),
            Forms = forms,
            Result = row.Stored.Result,
        });
        return new LoadedSlip(slip, row.Employee, forms, row.MyNumberCiphertext);
    }

    // Only the columns the outputs print: the employee's (no family members, no search keys), the declaration's four
    // forms and version, the payroll row, and the stored figures as columns (YearEndResult.StoredFigures spliced in,
    // so the 40 figures are written once, in Domain). No entity is tracked or built for the employee or the result.
    private static Expression<Func<Joined, Row>> BuildProjection()
    {
        Expression<Func<Joined, StoredAdjustment, Row>> shape = (x, stored) => new Row
        {
            Employee = new SlipEmployee(
                x.Employee.Id, x.Employee.Number, x.Employee.Name, x.Employee.NameKana, x.Employee.Address, x.Employee.BirthDate,
                x.Employee.HireDate, x.Employee.LeaveDate, x.Employee.MunicipalityCode, x.Employee.IsOfficer),
            MyNumberCiphertext = x.Employee.MyNumberCiphertext,
            DeclarationVersion = x.Declaration.Version,
            Dependants = (string)(object)x.Declaration.Dependants,
            Basic = (string)(object)x.Declaration.Basic,
            Insurance = (string)(object)x.Declaration.Insurance,
            HousingLoan = (string?)(object?)x.Declaration.HousingLoan,
            Payroll = x.Payroll,
            ResultPayrollUpdatedAtUtc = x.Result.PayrollUpdatedAtUtc,
            Stored = stored,
        };
        var figures = ReplacingExpressionVisitor.Replace(
            YearEndResult.StoredFigures.Parameters[0], Expression.Property(shape.Parameters[0], nameof(Joined.Result)), YearEndResult.StoredFigures.Body);
        return Expression.Lambda<Func<Joined, Row>>(ReplacingExpressionVisitor.Replace(shape.Parameters[1], figures, shape.Body), shape.Parameters[0]);
    }

    private static DomainRuleViolationException Stale(int taxYear) =>
        new(MessageKeys.SlipsStale, Messages.Rule(MessageKeys.SlipsStale, taxYear));

    // Member-initialised, not positional: EF follows member access through an initialiser into later Where clauses.
    private class Scope
    {
        public required YearEndResult Result { get; init; }

        public required Declaration Declaration { get; init; }

        public required Employee Employee { get; init; }
    }

    private sealed class Joined : Scope
    {
        public required PayrollTotal Payroll { get; init; }
    }

    private sealed class Row
    {
        public required SlipEmployee Employee { get; init; }

        public required byte[]? MyNumberCiphertext { get; init; }

        public required int DeclarationVersion { get; init; }

        // The four forms as stored (ADR 0055's cast): EF's value converter would parse them on the general path.
        public required string Dependants { get; init; }

        public required string Basic { get; init; }

        public required string Insurance { get; init; }

        public required string? HousingLoan { get; init; }

        public required PayrollTotal Payroll { get; init; }

        public required DateTime ResultPayrollUpdatedAtUtc { get; init; }

        public required StoredAdjustment Stored { get; init; }
    }

    private sealed record ReadRow(Row Row, DeclarationForms Forms);
}
