using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetMyDeclaration;

public sealed class GetMyDeclarationQueryValidator : AbstractValidator<GetMyDeclarationQuery>
{
    public GetMyDeclarationQueryValidator() => RuleFor(q => q.TaxYear).SupportedTaxYear();
}
