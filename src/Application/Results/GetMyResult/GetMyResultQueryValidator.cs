using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Results.GetMyResult;

public sealed class GetMyResultQueryValidator : AbstractValidator<GetMyResultQuery>
{
    public GetMyResultQueryValidator() =>
        RuleFor(q => q.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
}
