using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.ChangePassword;

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("現在のパスワードを入力してください。");
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("新しいパスワードを入力してください。");
        RuleFor(c => c.NewPasswordConfirmation).Equal(c => c.NewPassword).WithMessage("確認用のパスワードが一致しません。");
    }
}
