using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.ApproveDeclaration;

public sealed class ApproveDeclarationCommandValidator : AbstractValidator<ApproveDeclarationCommand>
{
    public ApproveDeclarationCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.DeclarationId).NotEmpty();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
    }
}
