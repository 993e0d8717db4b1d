namespace YearEndAdjustment.Domain.Declarations;

// 給与所得者の保険料控除申告書 (forms-and-formats.md §1.3): one line per contract or payment.
public sealed record InsuranceForm(
    IReadOnlyList<LifeInsuranceLine> Life,
    IReadOnlyList<EarthquakeInsuranceLine> Earthquake,
    IReadOnlyList<SocialInsuranceLine> SocialInsurance,
    IReadOnlyList<MutualAidLine> MutualAid)
{
    public static readonly InsuranceForm Empty = new([], [], [], []);

    // The form with the attachment added to the certificate of the line <paramref name="entryId"/> (any category), or
    // null when no line has that id.
    public InsuranceForm? WithAttachment(Guid entryId, Guid attachmentId)
    {
        static CertificateEvidence Add(CertificateEvidence c, Guid id) => c.AttachmentIds.Contains(id) ? c : c with { AttachmentIds = [.. c.AttachmentIds, id] };

        if (Life.Any(l => l.EntryId == entryId))
        {
            return this with { Life = [.. Life.Select(l => l.EntryId == entryId ? l with { Certificate = Add(l.Certificate, attachmentId) } : l)] };
        }

        if (Earthquake.Any(l => l.EntryId == entryId))
        {
            return this with { Earthquake = [.. Earthquake.Select(l => l.EntryId == entryId ? l with { Certificate = Add(l.Certificate, attachmentId) } : l)] };
        }

        if (SocialInsurance.Any(l => l.EntryId == entryId))
        {
            return this with { SocialInsurance = [.. SocialInsurance.Select(l => l.EntryId == entryId ? l with { Certificate = Add(l.Certificate, attachmentId) } : l)] };
        }

        if (MutualAid.Any(l => l.EntryId == entryId))
        {
            return this with { MutualAid = [.. MutualAid.Select(l => l.EntryId == entryId ? l with { Certificate = Add(l.Certificate, attachmentId) } : l)] };
        }

        return null;
    }
}
