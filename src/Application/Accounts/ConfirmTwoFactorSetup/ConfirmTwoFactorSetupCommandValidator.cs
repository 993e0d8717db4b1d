using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.ConfirmTwoFactorSetup;

public sealed class ConfirmTwoFactorSetupCommandValidator : AbstractValidator<ConfirmTwoFactorSetupCommand>
{
    public ConfirmTwoFactorSetupCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage("認証アプリに表示された6桁の数字を入力してください。").MaximumLength(16);
    }
}
