namespace YearEndAdjustment.Domain.Declarations;

// One contract of 保険料控除申告書 part 2 (forms-and-formats.md §1.3.2).
public sealed record EarthquakeInsuranceLine(
    Guid EntryId,
    string InsurerName,
    string InsuranceKind,
    EarthquakeInsuranceKind Kind,
    string? Period,
    string? ContractorName,
    string? InsuredPersonName,
    long Premium,
    CertificateEvidence Certificate);
