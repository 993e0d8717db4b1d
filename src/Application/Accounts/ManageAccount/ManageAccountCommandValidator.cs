using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.ManageAccount;

public sealed class ManageAccountCommandValidator : AbstractValidator<ManageAccountCommand>
{
    public ManageAccountCommandValidator()
    {
        RuleFor(c => c.AccountId).NotEmpty();
        RuleFor(c => c.Action).IsInEnum();
    }
}
