using FluentValidation;

namespace YearEndAdjustment.Application.Employees.UpdateEmployee;

/// <summary>Input shape only; the profile's own rules (lengths, kana, date order) live in EmployeeProfile.</summary>
public sealed class UpdateEmployeeCommandValidator : AbstractValidator<UpdateEmployeeCommand>
{
    public UpdateEmployeeCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().WithMessage("氏名を入力してください。");
        RuleFor(c => c.NameKana).NotEmpty().WithMessage("フリガナを入力してください。");
        RuleFor(c => c.Gender).IsInEnum();
    }
}
