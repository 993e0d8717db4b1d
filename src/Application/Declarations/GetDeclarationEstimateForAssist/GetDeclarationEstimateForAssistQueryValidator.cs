using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationEstimateForAssist;

public sealed class GetDeclarationEstimateForAssistQueryValidator : AbstractValidator<GetDeclarationEstimateForAssistQuery>
{
    public GetDeclarationEstimateForAssistQueryValidator()
    {
        RuleFor(q => q.TaxYear).SupportedTaxYear();
        RuleFor(q => q.DeclarationId).NotEmpty();
        RuleFor(q => q.EnteredSalary).InclusiveBetween(0, DeclarationYearDefinition.MaxAmount)
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationAmountRange));
        RuleFor(q => q.EnteredTaxWithheld).InclusiveBetween(0, DeclarationYearDefinition.MaxAmount)
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationAmountRange));
    }
}
