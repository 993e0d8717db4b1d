namespace YearEndAdjustment.Domain.Declarations;

// One contract of 保険料控除申告書 part 1 (forms-and-formats.md §1.3.1). Premium = paid in the year net of dividends.
public sealed record LifeInsuranceLine(
    Guid EntryId,
    string InsurerName,
    string InsuranceKind,
    LifeInsuranceCategory Category,
    InsuranceRegime Regime,
    string? Period,
    string? ContractorName,
    string? BeneficiaryName,
    DateOnly? PensionStartDate,
    long Premium,
    CertificateEvidence Certificate);
