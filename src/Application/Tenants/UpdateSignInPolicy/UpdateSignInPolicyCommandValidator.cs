using FluentValidation;

namespace YearEndAdjustment.Application.Tenants.UpdateSignInPolicy;

public sealed class UpdateSignInPolicyCommandValidator : AbstractValidator<UpdateSignInPolicyCommand>
{
    public UpdateSignInPolicyCommandValidator()
    {
        RuleFor(c => c.LockoutThreshold).InclusiveBetween(3, 50).WithMessage("ロックまでの失敗回数は3〜50回で指定してください。");
        RuleFor(c => c.LockoutMinutes).InclusiveBetween(1, 1440).WithMessage("ロック時間は1〜1440分で指定してください。");
        RuleFor(c => c.IdleTimeoutMinutes).InclusiveBetween(5, 480).WithMessage("自動ログアウトまでの時間は5〜480分で指定してください。");
    }
}
