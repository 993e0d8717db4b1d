using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.SaveMyDeclaration;

public sealed class SaveMyDeclarationCommandValidator : AbstractValidator<SaveMyDeclarationCommand>
{
    public SaveMyDeclarationCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
        this.AddFormRules(c => c.Forms);
    }
}
