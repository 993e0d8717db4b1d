using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetMyAttachment;

public sealed class GetMyAttachmentQueryValidator : AbstractValidator<GetMyAttachmentQuery>
{
    public GetMyAttachmentQueryValidator() => RuleFor(q => q.Id).NotEmpty();
}
