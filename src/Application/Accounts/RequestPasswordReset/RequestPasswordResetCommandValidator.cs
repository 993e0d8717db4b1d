using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.RequestPasswordReset;

public sealed class RequestPasswordResetCommandValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationEmailRequired))
            .MaximumLength(254).EmailAddress().WithMessage(_ => Messages.Get(MessageKeys.AccountEmailInvalid));
    }
}
