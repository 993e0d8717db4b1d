using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.CompleteTwoFactorSignIn;

public sealed class CompleteTwoFactorSignInCommandValidator : AbstractValidator<CompleteTwoFactorSignInCommand>
{
    public CompleteTwoFactorSignInCommandValidator()
    {
        RuleFor(c => c.PendingAccountId).NotEmpty();
        RuleFor(c => c.Code).NotEmpty().WithMessage("確認コードを入力してください。").MaximumLength(32);
    }
}
