using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Results.PublishResults;

public sealed class PublishResultsCommandValidator : AbstractValidator<PublishResultsCommand>
{
    public PublishResultsCommandValidator()
    {
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(c => c.EmployeeIds).NotNull().Must(ids => ids is null || ids.Count <= PublishResultsCommand.MaxSelection)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationResultsSelection, PublishResultsCommand.MaxSelection));
    }
}
