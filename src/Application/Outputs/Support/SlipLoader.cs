using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
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
/// A slip from the stored result (ADR 0042, "Wiring to stored results"). YearEndResult keeps every figure but not as an
/// AdjustmentResult, so the calculator runs again on the declaration and payroll the result was stamped with; the
/// input's fingerprint must equal the stored one, so the slip carries exactly the stored (and, for employees, the
/// published) figures. Anything changed since the calculation is refused as stale.
/// </summary>
public sealed class SlipLoader(IAppDbContext db)
{
    /// <summary>Employees per <see cref="LoadBatchAsync"/>: a few hundred keep the IN lists and the batch's memory small.</summary>
    public const int BatchSize = 500;

    // Read once per scope: a whole-year output loads thousands of slips of the one tenant.
    private SlipPayer? payer;

    public async Task<LoadedSlip> LoadAsync(EmployeeId employeeId, int taxYear, bool publishedOnly, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        var result = await db.YearEndResults.AsNoTracking().SingleOrDefaultAsync(r => r.EmployeeId == employeeId && r.TaxYear == year, cancellationToken);
        if (result is null || (publishedOnly && !result.IsPublished))
        {
            // For an employee an unpublished result reads like none at all (GetMyResultQuery does the same).
            throw publishedOnly ? new NotFoundException(Messages.Get(MessageKeys.ResultsNotPublished, taxYear)) : NotFoundException.Of(MessageKeys.ResultsNotFound);
        }

        var resultId = result.Id;
        if (await db.YearEndResults.Where(r => r.Id == resultId).AnyAsync(ResultStaleness.IsStale(db), cancellationToken))
        {
            throw Stale(taxYear);
        }

        var declarationId = result.DeclarationId;
        var declaration = await db.Declarations.AsNoTracking().Where(d => d.Id == declarationId)
            .Select(d => new { d.Dependants, d.Basic, d.Insurance, d.HousingLoan }).SingleAsync(cancellationToken);
        var total = await db.PayrollTotals.AsNoTracking().SingleAsync(p => p.EmployeeId == employeeId && p.TaxYear == year, cancellationToken);
        var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
        payer ??= await db.GetPayerAsync(result.TenantId, cancellationToken);

        var forms = new DeclarationForms(declaration.Dependants, declaration.Basic, declaration.Insurance, declaration.HousingLoan);
        return Compose(result.InputFingerprint, forms, total, employee, taxYear, payer);
    }

    /// <summary>
    /// A whole-year output's slips, <paramref name="employeeIds"/> at a time (a few hundred): one staleness check and
    /// four set-based reads for the batch instead of six queries per employee; the slips come back in the given order.
    /// Any stale or missing result refuses the batch, as it would refuse that one slip.
    /// </summary>
    public async Task<List<LoadedSlip>> LoadBatchAsync(IReadOnlyCollection<EmployeeId> employeeIds, int taxYear, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        var ids = employeeIds.ToList();
        var inBatch = db.YearEndResults.AsNoTracking().Where(r => r.TaxYear == year && ids.Contains(r.EmployeeId));
        if (await inBatch.AnyAsync(ResultStaleness.IsStale(db), cancellationToken))
        {
            throw Stale(taxYear);
        }

        var results = await inBatch.Select(r => new { r.EmployeeId, r.TenantId, r.DeclarationId, r.InputFingerprint }).ToDictionaryAsync(r => r.EmployeeId, cancellationToken);
        var declarationIds = results.Values.Select(r => r.DeclarationId).ToList();
        var declarations = await db.Declarations.AsNoTracking().Where(d => declarationIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Dependants, d.Basic, d.Insurance, d.HousingLoan }).ToDictionaryAsync(d => d.Id, cancellationToken);
        var totals = await db.PayrollTotals.AsNoTracking().Where(p => p.TaxYear == year && ids.Contains(p.EmployeeId)).ToDictionaryAsync(p => p.EmployeeId, cancellationToken);
        var employees = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var slips = new List<LoadedSlip>(ids.Count);
        foreach (var id in ids)
        {
            if (!results.TryGetValue(id, out var result))
            {
                throw NotFoundException.Of(MessageKeys.ResultsNotFound);
            }

            payer ??= await db.GetPayerAsync(result.TenantId, cancellationToken);
            var d = declarations[result.DeclarationId];
            slips.Add(Compose(result.InputFingerprint, new DeclarationForms(d.Dependants, d.Basic, d.Insurance, d.HousingLoan), totals[id], employees[id], taxYear, payer));
        }

        return slips;
    }

    // The stored figures come back by calculating the stamped input again; a different fingerprint means stale.
    private static LoadedSlip Compose(string storedFingerprint, DeclarationForms forms, PayrollTotal total, Employee employee, int taxYear, SlipPayer payer)
    {
        var payroll = CalculationPayroll.From(total, employee.LeaveDate, taxYear);
        var input = DeclarationAdjustmentInput.Build(forms, taxYear, payroll);
        if (!string.Equals(storedFingerprint, InputFingerprint.Of(input), StringComparison.Ordinal))
        {
            throw Stale(taxYear);
        }

        var adjustment = AdjustmentCalculator.Calculate(input, includeTrace: false);
        var slip = WithholdingSlipBuilder.Build(new WithholdingSlipSource
        {
            Payer = payer,
            Employee = employee,
            Payroll = payroll,
            Forms = forms,
            Result = adjustment,
        });
        return new LoadedSlip(slip, employee, forms);
    }

    private static DomainRuleViolationException Stale(int taxYear) =>
        new(MessageKeys.SlipsStale, Messages.Rule(MessageKeys.SlipsStale, taxYear));
}

/// <summary>The slip with what the tax-office copy needs to look up My Numbers.</summary>
public sealed record LoadedSlip(WithholdingSlip Slip, Employee Employee, DeclarationForms Forms);
