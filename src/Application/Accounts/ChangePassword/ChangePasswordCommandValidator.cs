using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.ChangePassword;

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationCurrentPasswordRequired));
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationNewPasswordRequired));
        RuleFor(c => c.NewPasswordConfirmation).Equal(c => c.NewPassword).WithMessage(_ => Messages.Get(MessageKeys.ValidationPasswordConfirmationMismatch));
    }
}
