using FluentValidation;

namespace YearEndAdjustment.Application.Employees.RemoveFamilyMember;

public sealed class RemoveFamilyMemberCommandValidator : AbstractValidator<RemoveFamilyMemberCommand>
{
    public RemoveFamilyMemberCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty();
        RuleFor(c => c.FamilyMemberId).NotEmpty().WithMessage("家族の指定が正しくありません。");
    }
}
