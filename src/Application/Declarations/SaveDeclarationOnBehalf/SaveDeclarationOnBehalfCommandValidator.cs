using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.SaveDeclarationOnBehalf;

public sealed class SaveDeclarationOnBehalfCommandValidator : AbstractValidator<SaveDeclarationOnBehalfCommand>
{
    public SaveDeclarationOnBehalfCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.DeclarationId).NotEmpty();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
        this.AddFormRules(c => c.Forms);
    }
}
