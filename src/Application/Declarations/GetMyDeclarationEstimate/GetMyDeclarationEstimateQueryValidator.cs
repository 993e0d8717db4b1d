using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

public sealed class GetMyDeclarationEstimateQueryValidator : AbstractValidator<GetMyDeclarationEstimateQuery>
{
    public GetMyDeclarationEstimateQueryValidator()
    {
        RuleFor(q => q.TaxYear).SupportedTaxYear();
        RuleFor(q => q.EnteredSalary).InclusiveBetween(0, DeclarationYearDefinition.MaxAmount)
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationAmountRange));
        RuleFor(q => q.EnteredTaxWithheld).InclusiveBetween(0, DeclarationYearDefinition.MaxAmount)
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationAmountRange));
    }
}
