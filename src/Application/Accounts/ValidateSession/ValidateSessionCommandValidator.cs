using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.ValidateSession;

public sealed class ValidateSessionCommandValidator : AbstractValidator<ValidateSessionCommand>
{
    public ValidateSessionCommandValidator()
    {
        RuleFor(c => c.SessionId).NotEmpty();
        RuleFor(c => c.AccountId).NotEmpty();
    }
}
