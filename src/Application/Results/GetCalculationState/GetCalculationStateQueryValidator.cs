using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Results.GetCalculationState;

public sealed class GetCalculationStateQueryValidator : AbstractValidator<GetCalculationStateQuery>
{
    public GetCalculationStateQueryValidator() =>
        RuleFor(q => q.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
}
