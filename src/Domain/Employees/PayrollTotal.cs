using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// Payroll totals of one employee for one tax year (Y-02), imported from the payroll system. Its own aggregate:
/// it is replaced wholesale by each import and never edited together with the employee's master data.
/// </summary>
public sealed class PayrollTotal : AggregateRoot, ITenantOwned
{
    private PayrollTotal()
    {
    }

    public PayrollTotalId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    public TaxYear TaxYear { get; private set; }

    public Yen SalaryPaid { get; private set; }

    public Yen BonusPaid { get; private set; }

    public Yen TaxWithheld { get; private set; }

    public Yen SocialInsuranceWithheld { get; private set; }

    public Yen PreviousEmployersSalaryPaid { get; private set; }

    public Yen PreviousEmployersTaxWithheld { get; private set; }

    public Yen PreviousEmployersSocialInsurance { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public int Version { get; private set; }

    public PayrollAmounts Amounts => new(
        SalaryPaid, BonusPaid, TaxWithheld, SocialInsuranceWithheld,
        PreviousEmployersSalaryPaid, PreviousEmployersTaxWithheld, PreviousEmployersSocialInsurance);

    public static PayrollTotal Record(TenantId tenantId, EmployeeId employeeId, TaxYear taxYear, PayrollAmounts amounts, DateTime nowUtc)
    {
        var total = new PayrollTotal
        {
            Id = PayrollTotalId.New(),
            TenantId = tenantId,
            EmployeeId = employeeId,
            TaxYear = taxYear,
            UpdatedAtUtc = nowUtc,
            Version = 1,
        };
        total.Apply(amounts);
        return total;
    }

    /// <summary>Replaces the amounts; false (and no new version) when they are the same.</summary>
    public bool Replace(PayrollAmounts amounts, DateTime nowUtc)
    {
        if (amounts == Amounts)
        {
            return false;
        }

        Apply(amounts);
        UpdatedAtUtc = nowUtc;
        Version++;
        return true;
    }

    private void Apply(PayrollAmounts amounts)
    {
        var problem = amounts.Check();
        if (problem is not null)
        {
            throw new DomainRuleViolationException("payroll_total.amount_invalid", problem);
        }

        SalaryPaid = amounts.SalaryPaid;
        BonusPaid = amounts.BonusPaid;
        TaxWithheld = amounts.TaxWithheld;
        SocialInsuranceWithheld = amounts.SocialInsuranceWithheld;
        PreviousEmployersSalaryPaid = amounts.PreviousEmployersSalaryPaid;
        PreviousEmployersTaxWithheld = amounts.PreviousEmployersTaxWithheld;
        PreviousEmployersSocialInsurance = amounts.PreviousEmployersSocialInsurance;
    }
}
