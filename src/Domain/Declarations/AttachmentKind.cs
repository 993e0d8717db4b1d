namespace YearEndAdjustment.Domain.Declarations;

/// <summary>What an attached certificate file is, decided from its first bytes (never its name). Stored by name.</summary>
public enum AttachmentKind
{
    Jpeg,
    Png,
    Heic,
    Pdf,

    // An imported 電子的控除証明書 (ADR 0044); never detected from an ordinary upload, only stored by the import.
    Xml,
}
