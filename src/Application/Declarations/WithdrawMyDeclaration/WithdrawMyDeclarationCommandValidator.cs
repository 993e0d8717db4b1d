using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.WithdrawMyDeclaration;

public sealed class WithdrawMyDeclarationCommandValidator : AbstractValidator<WithdrawMyDeclarationCommand>
{
    public WithdrawMyDeclarationCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
    }
}
