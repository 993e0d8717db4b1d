using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.SetPreferredCulture;

public sealed class SetPreferredCultureCommandValidator : AbstractValidator<SetPreferredCultureCommand>
{
    public SetPreferredCultureCommandValidator()
    {
        RuleFor(c => c.Culture).Must(c => c is "ja" or "en").WithMessage(_ => Messages.Get(MessageKeys.ValidationCulture));
    }
}
