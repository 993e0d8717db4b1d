using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.RemoveMyAttachment;

public sealed class RemoveMyAttachmentCommandValidator : AbstractValidator<RemoveMyAttachmentCommand>
{
    public RemoveMyAttachmentCommandValidator() => RuleFor(c => c.Id).NotEmpty();
}
