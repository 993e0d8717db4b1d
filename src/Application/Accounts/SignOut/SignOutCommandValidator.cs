using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.SignOut;

/// <summary>Nothing to check: the session comes from the validated cookie, not from input.</summary>
public sealed class SignOutCommandValidator : AbstractValidator<SignOutCommand>;
