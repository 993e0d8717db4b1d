using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.SubmitDeclarationOnBehalf;

public sealed class SubmitDeclarationOnBehalfCommandValidator : AbstractValidator<SubmitDeclarationOnBehalfCommand>
{
    public SubmitDeclarationOnBehalfCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.DeclarationId).NotEmpty();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
    }
}
