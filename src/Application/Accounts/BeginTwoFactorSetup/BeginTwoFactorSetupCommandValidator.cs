using FluentValidation;

namespace YearEndAdjustment.Application.Accounts.BeginTwoFactorSetup;

/// <summary>No input: the account comes from the session.</summary>
public sealed class BeginTwoFactorSetupCommandValidator : AbstractValidator<BeginTwoFactorSetupCommand>;
