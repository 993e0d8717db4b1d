using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.AssignAccountRole;

public sealed class AssignAccountRoleCommandValidator : AbstractValidator<AssignAccountRoleCommand>
{
    public AssignAccountRoleCommandValidator()
    {
        RuleFor(c => c.AccountId).NotEmpty();
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.Departments).MaximumLength(2000);
    }
}
