using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetMyAssistedEdits;

public sealed class GetMyAssistedEditsQueryValidator : AbstractValidator<GetMyAssistedEditsQuery>
{
    public GetMyAssistedEditsQueryValidator() => RuleFor(q => q.TaxYear).SupportedTaxYear();
}
