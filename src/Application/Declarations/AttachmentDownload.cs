namespace YearEndAdjustment.Application.Declarations;

/// <summary>An attachment's bytes with the type found in them and the name to offer.</summary>
public sealed record AttachmentDownload(Guid Id, string FileName, string ContentType, byte[] Content);
