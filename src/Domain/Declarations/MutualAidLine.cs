namespace YearEndAdjustment.Domain.Declarations;

// 保険料控除申告書 part 4: contributions paid directly (not withheld from pay); deducted in full.
public sealed record MutualAidLine(Guid EntryId, MutualAidKind Kind, long Amount, CertificateEvidence Certificate);
