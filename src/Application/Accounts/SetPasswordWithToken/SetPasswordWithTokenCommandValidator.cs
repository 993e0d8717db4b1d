using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.SetPasswordWithToken;

public sealed class SetPasswordWithTokenCommandValidator : AbstractValidator<SetPasswordWithTokenCommand>
{
    public SetPasswordWithTokenCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(200);
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("新しいパスワードを入力してください。");
        RuleFor(c => c.NewPasswordConfirmation).Equal(c => c.NewPassword).WithMessage("確認用のパスワードが一致しません。");
    }
}
