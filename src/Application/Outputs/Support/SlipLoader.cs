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
    // Read once per scope.
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
        var recipient = SlipEmployee.From(employee);
        var slip = WithholdingSlipBuilder.Build(new WithholdingSlipSource
        {
            Payer = payer,
            Employee = recipient,
            Payroll = payroll,
            Forms = forms,
            Result = adjustment,
        });
        return new LoadedSlip(slip, recipient, forms, employee.MyNumberCiphertext);
    }

    private static DomainRuleViolationException Stale(int taxYear) =>
        new(MessageKeys.SlipsStale, Messages.Rule(MessageKeys.SlipsStale, taxYear));
}

/// <summary>The slip with what the tax-office copy needs to look up My Numbers (the recipient's ciphertext, the forms).</summary>
public sealed record LoadedSlip(WithholdingSlip Slip, SlipEmployee Employee, DeclarationForms Forms, byte[]? MyNumberCiphertext);
