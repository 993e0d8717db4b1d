using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Outputs.GetSlip;

public sealed class GetSlipQueryValidator : AbstractValidator<GetSlipQuery>
{
    public GetSlipQueryValidator()
    {
        RuleFor(q => q.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(q => q.EmployeeId).NotEmpty();
        RuleFor(q => q.Copy).IsInEnum();
    }
}
