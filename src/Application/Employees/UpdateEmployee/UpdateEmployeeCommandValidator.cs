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
    }
}
