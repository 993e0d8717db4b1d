using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.SaveIpAllowList;

public sealed class SaveIpAllowListCommandValidator : AbstractValidator<SaveIpAllowListCommand>
{
    public SaveIpAllowListCommandValidator()
    {
        RuleFor(c => c.Entries).NotNull().MaximumLength(20_000).WithMessage(_ => Messages.Get(MessageKeys.ValidationInputTooLong));
    }
}
