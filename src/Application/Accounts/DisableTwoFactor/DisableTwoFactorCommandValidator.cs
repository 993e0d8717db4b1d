using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.DisableTwoFactor;

public sealed class DisableTwoFactorCommandValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorCommandValidator()
    {
        RuleFor(c => c.Password).NotEmpty().WithMessage("パスワードを入力してください。");
    }
}
