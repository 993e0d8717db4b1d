using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Results.RunCalculation;

public sealed class RunCalculationCommandValidator : AbstractValidator<RunCalculationCommand>
{
    public RunCalculationCommandValidator()
    {
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
        RuleFor(c => c.EmployeeId).NotEqual(Guid.Empty);
    }
}
