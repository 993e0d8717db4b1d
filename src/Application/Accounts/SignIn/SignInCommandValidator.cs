using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.SignIn;

public sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator()
    {
        RuleFor(c => c.LoginId).NotEmpty().WithMessage("ログインIDを入力してください。").MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().WithMessage("パスワードを入力してください。").MaximumLength(1024);
    }
}
