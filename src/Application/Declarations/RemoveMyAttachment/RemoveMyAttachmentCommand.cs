using Mediator;

namespace YearEndAdjustment.Application.Declarations.RemoveMyAttachment;

/// <summary>Removes one of the signed-in employee's own attachments, while its declaration may still be changed.</summary>
public sealed record RemoveMyAttachmentCommand(Guid Id) : ICommand<Unit>;
