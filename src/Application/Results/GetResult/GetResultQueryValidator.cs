using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Results.GetResult;

public sealed class GetResultQueryValidator : AbstractValidator<GetResultQuery>
{
    public GetResultQueryValidator()
    {
        RuleFor(q => q.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(q => q.EmployeeId).NotEmpty();
    }
}
