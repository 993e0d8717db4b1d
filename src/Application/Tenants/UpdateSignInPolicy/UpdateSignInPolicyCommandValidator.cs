using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.UpdateSignInPolicy;

public sealed class UpdateSignInPolicyCommandValidator : AbstractValidator<UpdateSignInPolicyCommand>
{
    public UpdateSignInPolicyCommandValidator()
    {
        RuleFor(c => c.LockoutThreshold).InclusiveBetween(3, 50).WithMessage(_ => Messages.Get(MessageKeys.SettingsLockoutThreshold));
        RuleFor(c => c.LockoutMinutes).InclusiveBetween(1, 1440).WithMessage(_ => Messages.Get(MessageKeys.SettingsLockoutMinutes));
        RuleFor(c => c.IdleTimeoutMinutes).InclusiveBetween(5, 480).WithMessage(_ => Messages.Get(MessageKeys.SettingsIdleTimeout));
    }
}
