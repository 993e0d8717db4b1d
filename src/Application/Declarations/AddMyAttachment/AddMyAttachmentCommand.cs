using Mediator;

namespace YearEndAdjustment.Application.Declarations.AddMyAttachment;

/// <summary>
/// Attaches a certificate file to the signed-in employee's own declaration for the year. <paramref name="Length"/> is
/// the size the sender declared (checked first, then the bytes actually read); the name is kept, sanitised, for display only.
/// With <paramref name="LineEntryId"/> the file becomes the certificate evidence of that insurance line (same transaction).
/// </summary>
public sealed record AddMyAttachmentCommand(int TaxYear, Stream Content, string FileName, long Length, Guid? LineEntryId = null) : ICommand<AttachmentDto>;
