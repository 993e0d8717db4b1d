using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.RevealMyNumber;

public sealed class RevealMyNumberCommandValidator : AbstractValidator<RevealMyNumberCommand>
{
    public RevealMyNumberCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationEmployeeRequired));
        RuleFor(c => c.FamilyMemberId).Must(id => id != Guid.Empty).When(c => c.FamilyMemberId is not null)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationFamilyMemberInvalid));
    }
}
