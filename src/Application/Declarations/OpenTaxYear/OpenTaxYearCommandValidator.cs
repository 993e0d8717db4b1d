using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

public sealed class OpenTaxYearCommandValidator : AbstractValidator<OpenTaxYearCommand>
{
    public OpenTaxYearCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));

        // Today or later (Japan date), and no later than 31 January of the next year, when the withholding slips are due.
        RuleFor(c => c.Deadline)
            .Must(d => d >= JapanTime.DateOf(clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationOpenYearDeadlinePast));
        RuleFor(c => c.Deadline)
            .Must((c, d) => d <= new DateOnly(c.TaxYear + 1, 1, 31))
            .When(c => DeclarationYearCatalog.Supports(c.TaxYear))
            .WithMessage(c => Messages.Get(MessageKeys.ValidationOpenYearDeadlineLate, c.TaxYear + 1));

        RuleFor(c => c)
            .Must(c => c.AllEmployees || c.Departments.Count > 0 || c.LeaverNumbers.Count > 0)
            .WithName(nameof(OpenTaxYearCommand.Departments))
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationOpenYearScopeRequired));
        RuleFor(c => c.Departments)
            .Must(d => d.Count <= OpenTaxYearPayload.MaxDepartments)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationOpenYearTooMany, OpenTaxYearPayload.MaxDepartments, OpenTaxYearPayload.MaxLeavers));
        RuleForEach(c => c.Departments)
            .Must(code => EmployeeProfile.CheckDepartmentCode(code) is null && !string.IsNullOrWhiteSpace(code))
            .WithMessage(_ => Messages.Get(MessageKeys.EmployeeDepartmentCodeInvalid));
        RuleFor(c => c.LeaverNumbers)
            .Must(n => n.Count <= OpenTaxYearPayload.MaxLeavers)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationOpenYearTooMany, OpenTaxYearPayload.MaxDepartments, OpenTaxYearPayload.MaxLeavers));
        RuleForEach(c => c.LeaverNumbers)
            .Must(n => EmployeeNumber.Check(n) is null)
            .WithMessage(_ => Messages.Get(MessageKeys.EmployeeNumberInvalid));
    }
}
