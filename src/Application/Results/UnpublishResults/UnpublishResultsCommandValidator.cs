using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.PublishResults;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Results.UnpublishResults;

public sealed class UnpublishResultsCommandValidator : AbstractValidator<UnpublishResultsCommand>
{
    public UnpublishResultsCommandValidator()
    {
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(c => c.EmployeeIds).NotNull().Must(ids => ids is null || ids.Count <= PublishResultsCommand.MaxSelection)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationResultsSelection, PublishResultsCommand.MaxSelection));
    }
}
