using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationForReview;

public sealed class GetDeclarationForReviewQueryValidator : AbstractValidator<GetDeclarationForReviewQuery>
{
    public GetDeclarationForReviewQueryValidator()
    {
        RuleFor(q => q.TaxYear).SupportedTaxYear();
        RuleFor(q => q.DeclarationId).NotEmpty();
    }
}
