using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;

public sealed class SubmitMyDeclarationCommandValidator : AbstractValidator<SubmitMyDeclarationCommand>
{
    public SubmitMyDeclarationCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
    }
}
