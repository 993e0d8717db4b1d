using Mediator;

namespace YearEndAdjustment.Application.Declarations.ListMyAttachments;

/// <summary>The signed-in employee's attachments for the year, oldest first; metadata only.</summary>
public sealed record ListMyAttachmentsQuery(int TaxYear) : IQuery<IReadOnlyList<AttachmentDto>>;
