using FluentValidation;

namespace YearEndAdjustment.Application.Employees.AddFamilyMember;

public sealed class AddFamilyMemberCommandValidator : AbstractValidator<AddFamilyMemberCommand>
{
    public AddFamilyMemberCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.EmployeeId).NotEmpty();
        this.AddFamilyMemberRules(clock);
    }
}
