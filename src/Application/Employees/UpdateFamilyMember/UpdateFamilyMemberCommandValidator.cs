using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.UpdateFamilyMember;

public sealed class UpdateFamilyMemberCommandValidator : AbstractValidator<UpdateFamilyMemberCommand>
{
    public UpdateFamilyMemberCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.EmployeeId).NotEmpty();
        RuleFor(c => c.FamilyMemberId).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationFamilyMemberInvalid));
        this.AddFamilyMemberRules(clock);
        RuleFor(c => c.RemoveMyNumber).Must(remove => !remove).When(c => !string.IsNullOrWhiteSpace(c.MyNumber))
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationMyNumberAndRemove));
    }
}
