using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationForAssist;

public sealed class GetDeclarationForAssistQueryValidator : AbstractValidator<GetDeclarationForAssistQuery>
{
    public GetDeclarationForAssistQueryValidator()
    {
        RuleFor(q => q.TaxYear).SupportedTaxYear();
        RuleFor(q => q.DeclarationId).NotEmpty();
    }
}
