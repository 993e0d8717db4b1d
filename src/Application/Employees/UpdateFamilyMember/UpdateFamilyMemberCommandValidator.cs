using FluentValidation;

namespace YearEndAdjustment.Application.Employees.UpdateFamilyMember;

public sealed class UpdateFamilyMemberCommandValidator : AbstractValidator<UpdateFamilyMemberCommand>
{
    public UpdateFamilyMemberCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.EmployeeId).NotEmpty();
        RuleFor(c => c.FamilyMemberId).NotEmpty().WithMessage("家族の指定が正しくありません。");
        this.AddFamilyMemberRules(clock);
        RuleFor(c => c.RemoveMyNumber).Must(remove => !remove).When(c => !string.IsNullOrWhiteSpace(c.MyNumber))
            .WithMessage("個人番号を入力したときは「個人番号を削除する」を選ばないでください。");
    }
}
