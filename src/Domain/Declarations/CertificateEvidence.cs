namespace YearEndAdjustment.Domain.Declarations;

// The certificate behind a line (控除証明書, 年末残高等証明書): uploaded files (paper scans, PDF or the signed XML of
// forms-and-formats.md §3.3) by attachment id, or a paper original handed to the employer.
public sealed record CertificateEvidence(IReadOnlyList<Guid> AttachmentIds, bool SubmittedOnPaper)
{
    public static readonly CertificateEvidence None = new([], false);

    public bool IsPresent => SubmittedOnPaper || AttachmentIds.Count > 0;
}
