using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.ConfirmTwoFactorSetup;

public sealed class ConfirmTwoFactorSetupCommandValidator : AbstractValidator<ConfirmTwoFactorSetupCommand>
{
    public ConfirmTwoFactorSetupCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationTotpCodeRequired)).MaximumLength(16);
    }
}
