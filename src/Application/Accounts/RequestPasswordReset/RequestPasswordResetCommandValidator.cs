using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.RequestPasswordReset;

public sealed class RequestPasswordResetCommandValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("メールアドレスを入力してください。")
            .MaximumLength(254).EmailAddress().WithMessage("メールアドレスの形式が正しくありません。");
    }
}
