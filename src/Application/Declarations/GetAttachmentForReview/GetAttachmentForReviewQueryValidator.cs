using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetAttachmentForReview;

public sealed class GetAttachmentForReviewQueryValidator : AbstractValidator<GetAttachmentForReviewQuery>
{
    public GetAttachmentForReviewQueryValidator() => RuleFor(q => q.Id).NotEmpty();
}
