using Mediator;

namespace YearEndAdjustment.Application.Declarations.ImportMyCertificates;

// Y-08: the employee's XML deduction certificates (single XML files or the ZIP マイナポータル gives) become insurance
// lines of their own declaration, each marked certified by the stored certificate (ADR 0044).
public sealed record ImportMyCertificatesCommand(int TaxYear, IReadOnlyList<CertificateUpload> Files) : ICommand<ImportCertificatesResult>;

public sealed record CertificateUpload(string FileName, long Length, Stream Content);

// Lines added, and each refused file with the reason (already translated).
public sealed record ImportCertificatesResult(int LinesAdded, int CertificatesImported, IReadOnlyList<CertificateRefusal> Refused, int Version);

public sealed record CertificateRefusal(string FileName, string Message);
