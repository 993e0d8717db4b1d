using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.UpdateEmployee;

/// <summary>Input shape only; the profile's own rules (lengths, kana, date order) live in EmployeeProfile.</summary>
public sealed class UpdateEmployeeCommandValidator : AbstractValidator<UpdateEmployeeCommand>
{
    public UpdateEmployeeCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.EmployeeNameRequired));
        RuleFor(c => c.NameKana).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.EmployeeKanaRequired));
        RuleFor(c => c.Gender).IsInEnum();

        // R-33, as the import refuses them: a stored value never starts a spreadsheet formula, so exports stay
        // unprefixed and re-import unchanged (issue 9 item 8).
        RuleFor(c => c.Name).NotFormula(EmployeeFieldText.Name);
        RuleFor(c => c.NameKana).NotFormula(EmployeeFieldText.Kana);
        RuleFor(c => c.PostalCode).NotFormula(EmployeeFieldText.PostalCode);
        RuleFor(c => c.Address).NotFormula(EmployeeFieldText.Address);
        RuleFor(c => c.DepartmentCode).NotFormula(EmployeeFieldText.Code);
        RuleFor(c => c.DepartmentName).NotFormula(EmployeeFieldText.DepartmentName);
        RuleFor(c => c.Email).NotFormula(EmployeeFieldText.Email);
    }
}
