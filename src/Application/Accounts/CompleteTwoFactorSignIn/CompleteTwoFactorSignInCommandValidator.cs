using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.CompleteTwoFactorSignIn;

public sealed class CompleteTwoFactorSignInCommandValidator : AbstractValidator<CompleteTwoFactorSignInCommand>
{
    public CompleteTwoFactorSignInCommandValidator()
    {
        RuleFor(c => c.PendingAccountId).NotEmpty();
        RuleFor(c => c.Code).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationCodeRequired)).MaximumLength(32);
    }
}
