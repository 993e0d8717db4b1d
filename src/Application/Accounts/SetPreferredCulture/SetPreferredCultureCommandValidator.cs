using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.SetPreferredCulture;

public sealed class SetPreferredCultureCommandValidator : AbstractValidator<SetPreferredCultureCommand>
{
    public SetPreferredCultureCommandValidator()
    {
        RuleFor(c => c.Culture).Must(c => c is "ja" or "en").WithMessage("表示言語は日本語か英語を選んでください。");
    }
}
