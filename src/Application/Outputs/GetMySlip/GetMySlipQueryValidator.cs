using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Outputs.GetMySlip;

public sealed class GetMySlipQueryValidator : AbstractValidator<GetMySlipQuery>
{
    public GetMySlipQueryValidator() =>
        RuleFor(q => q.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
}
