using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.ConfirmAssistedEdits;

public sealed class ConfirmAssistedEditsCommandValidator : AbstractValidator<ConfirmAssistedEditsCommand>
{
    public ConfirmAssistedEditsCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
    }
}
