namespace YearEndAdjustment.Application.Declarations.Contracts;

// Reads 電子的控除証明書 (forms-and-formats.md §3.3) from an uploaded XML or a ZIP of them (ADR 0044). Refuses DTDs and
// external entities before parsing; each file is either read or refused with a message key and its arguments.
public interface IDeductionCertificateReader
{
    CertificateReadResult Read(string fileName, byte[] content);
}

public sealed record CertificateReadResult(IReadOnlyList<DeductionCertificate> Certificates, IReadOnlyList<CertificateProblem> Problems);

// One certificate file: the issuer, the person it certifies payment by, the year, and the amounts to declare.
public sealed record DeductionCertificate(
    string FileName,
    CertificateForm Form,
    byte[] Xml,
    string IssuerName,
    string HolderName,
    int Year,
    IReadOnlyList<CertificateAmount> Amounts);

// One declared amount: a contract × category, the December-projected 申告額 of the certificate.
public sealed record CertificateAmount(CertificateLineKind Kind, long Amount, string? ContractNumber, string? InsuranceKind);

public sealed record CertificateProblem(string FileName, string MessageKey, IReadOnlyList<object> Arguments);

public enum CertificateForm
{
    LifeInsurance,
    EarthquakeInsurance,
    NationalPension,
    SmallEnterpriseMutualAid,
}

public enum CertificateLineKind
{
    LifeNewGeneral,
    LifeOldGeneral,
    LifeCareMedical,
    LifeNewPension,
    LifeOldPension,
    Earthquake,
    OldLongTerm,
    NationalPension,
    NationalPensionFund,
    SmallEnterpriseMutualAid,
}
