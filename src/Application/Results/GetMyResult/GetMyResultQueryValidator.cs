using FluentValidation;
using YearEndAdjustment.Application.Declarations;

namespace YearEndAdjustment.Application.Results.GetMyResult;

public sealed class GetMyResultQueryValidator : AbstractValidator<GetMyResultQuery>
{
    public GetMyResultQueryValidator() => RuleFor(q => q.TaxYear).SupportedTaxYear();
}
