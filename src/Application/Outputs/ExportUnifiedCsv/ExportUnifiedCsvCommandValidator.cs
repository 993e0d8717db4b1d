using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;

public sealed class ExportUnifiedCsvCommandValidator : AbstractValidator<ExportUnifiedCsvCommand>
{
    public ExportUnifiedCsvCommandValidator()
    {
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(c => c.Destination).NotNull();
    }
}
