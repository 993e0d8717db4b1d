using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Outputs.PrepareSlipArchive;

public sealed class PrepareSlipArchiveCommandValidator : AbstractValidator<PrepareSlipArchiveCommand>
{
    public PrepareSlipArchiveCommandValidator() =>
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
}
