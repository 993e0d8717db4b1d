namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The URL names of the four kinds of insurance line.</summary>
public static class InsuranceLines
{
    public const string Life = "life";
    public const string Earthquake = "earthquake";
    public const string Social = "social";
    public const string MutualAid = "mutual-aid";

    public static readonly IReadOnlyList<string> All = [Life, Earthquake, Social, MutualAid];

    /// <summary>A line's certificate in a few words: files attached, on paper, or not yet.</summary>
    public static string CertificateShort(Domain.Declarations.CertificateEvidence certificate, Microsoft.Extensions.Localization.IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(localizer);
        return certificate.AttachmentIds.Count > 0 ? localizer["Flow.Certificate.AttachedShort", certificate.AttachmentIds.Count].Value
            : certificate.SubmittedOnPaper ? localizer["Flow.Certificate.OnPaperShort"].Value
            : localizer["Flow.Certificate.NotYetShort"].Value;
    }
}
