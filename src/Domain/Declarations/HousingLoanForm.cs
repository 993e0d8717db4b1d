namespace YearEndAdjustment.Domain.Declarations;

// 給与所得者の(特定増改築等)住宅借入金等特別控除申告書 (forms-and-formats.md §1.4, tax-rules.md §12), second year onward.
// The tax office pre-prints the category, the balance limit, the rate and the credit limit (T); the employee enters the
// year-end balance from the lender's 年末残高等証明書, their share under a joint loan and the acquisition price. The
// credit is computed on the form and the employer uses that figure; the calculator caps it at the computed tax.
public sealed record HousingLoanForm(
    DateOnly ResidenceStartDate,
    HousingLoanCategory Category,
    long YearEndBalance,
    int SharePercent,
    long? AcquisitionPrice,
    long BalanceLimit,
    int RateBasisPoints,
    long CreditLimit,
    CertificateEvidence BalanceCertificate,
    CertificateEvidence TaxOfficeCertificate)
{
    // tax-rules.md §12: base = min(balance, acquisition price) × own share, limited to the balance limit; credit =
    // base × rate with fractions below 100 yen cut (forms-and-formats.md §1.4, 100円未満切捨て), then the credit limit.
    // Integer arithmetic only (tax-rules.md §1).
    public long ComputeCredit()
    {
        if (YearEndBalance <= 0 || SharePercent <= 0 || RateBasisPoints <= 0)
        {
            return 0;
        }

        var share = Math.Min(SharePercent, 100);
        var balance = YearEndBalance * share / 100;
        if (AcquisitionPrice is { } price)
        {
            balance = Math.Min(balance, price * share / 100);
        }

        var creditBase = Math.Min(balance, BalanceLimit);
        var credit = creditBase * RateBasisPoints / 10_000 / 100 * 100;
        return Math.Max(0, Math.Min(credit, CreditLimit));
    }
}
