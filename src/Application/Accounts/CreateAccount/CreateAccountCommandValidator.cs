using FluentValidation;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.CreateAccount;

public sealed class CreateAccountCommandValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountCommandValidator()
    {
        RuleFor(c => c.LoginId).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.ValidationLoginIdRequired))
            .MaximumLength(LoginId.MaxLength).WithMessage(_ => Messages.Get(MessageKeys.ValidationLoginIdTooLong, LoginId.MaxLength))
            .Matches("^\\s*[A-Za-z0-9][A-Za-z0-9._@-]*\\s*$").WithMessage(_ => Messages.Get(MessageKeys.ValidationLoginIdCharacters));
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.EmployeeNameRequired))
            .MaximumLength(Account.DisplayNameMaxLength).WithMessage(_ => Messages.Get(MessageKeys.ValidationDisplayNameTooLong, Account.DisplayNameMaxLength));
        RuleFor(c => c.Email).MaximumLength(Account.EmailMaxLength).EmailAddress().WithMessage(_ => Messages.Get(MessageKeys.AccountEmailInvalid))
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.Email).NotEmpty()
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationEmailOrInitialPassword))
            .When(c => !c.IssueInitialPassword);
    }
}
