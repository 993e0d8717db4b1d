using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.SignIn;

public sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator()
    {
        RuleFor(c => c.LoginId).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationLoginIdRequired)).MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.PasswordRequired)).MaximumLength(1024);
    }
}
