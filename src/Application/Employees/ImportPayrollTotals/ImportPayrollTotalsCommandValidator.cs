using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.ImportPayrollTotals;

public sealed class ImportPayrollTotalsCommandValidator : AbstractValidator<ImportPayrollTotalsCommand>
{
    public ImportPayrollTotalsCommandValidator()
    {
        RuleFor(c => c.Content).NotNull().WithMessage(_ => Messages.Get(MessageKeys.ValidationImportFileRequired));
        RuleFor(c => c.TaxYear).InclusiveBetween(2000, 2100).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(c => c.ExpectedFingerprint).Matches("^[0-9a-f]{64}$").When(c => c.ExpectedFingerprint is not null)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationPreviewIdInvalid));
    }
}
