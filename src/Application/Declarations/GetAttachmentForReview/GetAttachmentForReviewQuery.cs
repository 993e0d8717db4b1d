using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetAttachmentForReview;

/// <summary>An attachment's bytes for an admin reviewing the declaration; every view is written to the audit trail.</summary>
public sealed record GetAttachmentForReviewQuery(Guid Id) : IQuery<AttachmentDownload>;
