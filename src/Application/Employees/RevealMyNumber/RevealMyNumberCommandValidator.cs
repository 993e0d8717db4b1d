using FluentValidation;

namespace YearEndAdjustment.Application.Employees.RevealMyNumber;

public sealed class RevealMyNumberCommandValidator : AbstractValidator<RevealMyNumberCommand>
{
    public RevealMyNumberCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().WithMessage("社員を指定してください。");
        RuleFor(c => c.FamilyMemberId).Must(id => id != Guid.Empty).When(c => c.FamilyMemberId is not null)
            .WithMessage("家族の指定が正しくありません。");
    }
}
