using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Employees.ExportYearEndResults;

public sealed class ExportResultsCommandValidator : AbstractValidator<ExportResultsCommand>
{
    public ExportResultsCommandValidator()
    {
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(c => c.Destination).NotNull().Must(s => s is null || s.CanWrite).WithMessage(_ => Messages.Get(MessageKeys.ValidationDestinationNotWritable));
        RuleFor(c => c.Encoding).IsInEnum().WithMessage(_ => Messages.Get(MessageKeys.ValidationExportEncoding));
    }
}
