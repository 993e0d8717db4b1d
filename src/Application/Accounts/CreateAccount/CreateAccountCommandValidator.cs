using FluentValidation;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.CreateAccount;

public sealed class CreateAccountCommandValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountCommandValidator()
    {
        RuleFor(c => c.LoginId).NotEmpty().WithMessage("ログインIDを入力してください。")
            .MaximumLength(LoginId.MaxLength).WithMessage($"ログインIDは {LoginId.MaxLength} 文字以内で入力してください。")
            .Matches("^\\s*[A-Za-z0-9][A-Za-z0-9._@-]*\\s*$").WithMessage("ログインIDは半角英数字と . _ - @ で入力してください。");
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("氏名を入力してください。")
            .MaximumLength(Account.DisplayNameMaxLength).WithMessage($"氏名は {Account.DisplayNameMaxLength} 文字以内で入力してください。");
        RuleFor(c => c.Email).MaximumLength(Account.EmailMaxLength).EmailAddress().WithMessage("メールアドレスの形式が正しくありません。")
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.Email).NotEmpty()
            .WithMessage("メールアドレスがない場合は「初期パスワードを発行する」を選んでください（招待メールを送れません）。")
            .When(c => !c.IssueInitialPassword);
    }
}
