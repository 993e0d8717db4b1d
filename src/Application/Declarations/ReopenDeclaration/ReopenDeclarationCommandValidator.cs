using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.ReopenDeclaration;

public sealed class ReopenDeclarationCommandValidator : AbstractValidator<ReopenDeclarationCommand>
{
    public ReopenDeclarationCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.DeclarationId).NotEmpty();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length <= Declaration.ReasonMaxLength)
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationReasonRequired, Declaration.ReasonMaxLength));
    }
}
