using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Results.ListResults;

public sealed class ListResultsQueryValidator : AbstractValidator<ListResultsQuery>
{
    public ListResultsQueryValidator()
    {
        RuleFor(q => q.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.Department).MaximumLength(20);
        RuleFor(q => q.EmployeeNumber).MaximumLength(20);
    }
}
