namespace YearEndAdjustment.Domain.Declarations;

/// <summary>What an attached certificate file is, decided from its first bytes (never its name). Stored by name.</summary>
public enum AttachmentKind
{
    Jpeg,
    Png,
    Heic,
    Pdf,
}
