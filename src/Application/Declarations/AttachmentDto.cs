namespace YearEndAdjustment.Application.Declarations;

/// <summary>An attachment's metadata as lists show it; never its bytes.</summary>
public sealed record AttachmentDto(Guid Id, Guid DeclarationId, string FileName, string ContentType, long SizeBytes, string Sha256, DateTime CreatedAtUtc);
