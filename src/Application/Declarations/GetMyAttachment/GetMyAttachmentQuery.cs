using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetMyAttachment;

/// <summary>The bytes of one of the signed-in employee's own attachments, to download.</summary>
public sealed record GetMyAttachmentQuery(Guid Id) : IQuery<AttachmentDownload>;
