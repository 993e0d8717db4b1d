using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.RemoveFamilyMember;

public sealed class RemoveFamilyMemberCommandValidator : AbstractValidator<RemoveFamilyMemberCommand>
{
    public RemoveFamilyMemberCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty();
        RuleFor(c => c.FamilyMemberId).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationFamilyMemberInvalid));
    }
}
