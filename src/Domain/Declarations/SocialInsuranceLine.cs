namespace YearEndAdjustment.Domain.Declarations;

// 保険料控除申告書 part 3: social insurance the employee paid directly, not withheld by this payer; deducted in full.
public sealed record SocialInsuranceLine(
    Guid EntryId,
    SocialInsuranceKind Kind,
    string PayeeName,
    string BearerName,
    long Premium,
    CertificateEvidence Certificate);
