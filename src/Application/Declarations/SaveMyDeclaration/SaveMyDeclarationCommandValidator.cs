using FluentValidation;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.SaveMyDeclaration;

public sealed class SaveMyDeclarationCommandValidator : AbstractValidator<SaveMyDeclarationCommand>
{
    public SaveMyDeclarationCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
        RuleFor(c => c.Step).Matches("^[a-z][a-z-]*$").MaximumLength(Declaration.StepMaxLength).When(c => c.Step is not null);
        this.AddFormRules(c => c.Forms);
    }
}
