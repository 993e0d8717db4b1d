using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetYearDashboard;

public sealed class GetYearDashboardQueryValidator : AbstractValidator<GetYearDashboardQuery>
{
    public GetYearDashboardQueryValidator() => RuleFor(q => q.TaxYear).InclusiveBetween(2000, 2100).When(q => q.TaxYear is not null);
}
