using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.SetPasswordWithToken;

public sealed class SetPasswordWithTokenCommandValidator : AbstractValidator<SetPasswordWithTokenCommand>
{
    public SetPasswordWithTokenCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(200);
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationNewPasswordRequired));
        RuleFor(c => c.NewPasswordConfirmation).Equal(c => c.NewPassword).WithMessage(_ => Messages.Get(MessageKeys.ValidationPasswordConfirmationMismatch));
    }
}
