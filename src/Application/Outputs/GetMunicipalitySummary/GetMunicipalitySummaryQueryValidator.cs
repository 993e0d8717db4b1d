using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Outputs.GetMunicipalitySummary;

public sealed class GetMunicipalitySummaryQueryValidator : AbstractValidator<GetMunicipalitySummaryQuery>
{
    public GetMunicipalitySummaryQueryValidator() =>
        RuleFor(q => q.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
}
