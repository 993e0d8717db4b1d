using FluentValidation;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees;

/// <summary>
/// What the add and edit screens send for one spouse or relative (the 扶養控除等申告書's columns). The My Number is
/// optional; blank leaves it as it is. It is checked and encrypted, never echoed back or written anywhere in clear.
/// </summary>
public interface IFamilyMemberInput
{
    string Name { get; }

    string NameKana { get; }

    FamilyRelationship Relationship { get; }

    DateOnly? BirthDate { get; }

    bool Cohabiting { get; }

    DisabilityKind Disability { get; }

    bool NonResident { get; }

    long? EstimatedIncome { get; }

    string? MyNumber { get; }
}

/// <summary>The rules both family-member commands share, with the domain's own checks as the messages' source.</summary>
public static class FamilyMemberInput
{
    public static void AddFamilyMemberRules<T>(this AbstractValidator<T> validator, TimeProvider clock)
        where T : IFamilyMemberInput
    {
        validator.RuleFor(c => c.Name).Passes(name => Localized(EmployeeProfile.CheckName(EmployeeFieldText.Name(name))));
        validator.RuleFor(c => c.NameKana).Passes(kana => Localized(EmployeeProfile.CheckKana(EmployeeFieldText.Kana(kana))));
        validator.RuleFor(c => c.Name).NotFormula(EmployeeFieldText.Name);
        validator.RuleFor(c => c.Relationship).IsInEnum().WithMessage(_ => Messages.Get(MessageKeys.ValidationRelationshipRequired));
        validator.RuleFor(c => c.BirthDate).Passes(date =>
            date is not { } d ? Messages.Get(MessageKeys.ValidationBirthDateRequired)
            : d > JapanTime.DateOf(clock.GetUtcNow().UtcDateTime) ? Messages.Get(MessageKeys.ValidationBirthDateFuture)
            : Localized(EmployeeProfile.CheckBirthDate(d)));
        validator.RuleFor(c => c.Disability).IsInEnum().WithMessage(_ => Messages.Get(MessageKeys.ValidationDisabilityRequired));
        validator.RuleFor(c => c.EstimatedIncome).Passes(income =>
            income is not { } yen ? Messages.Get(MessageKeys.ValidationIncomeRequired)
            : yen is < 0 or > FamilyMemberDetails.MaxEstimatedIncome ? Messages.Get(FamilyMemberDetails.IncomeOutOfRange)
            : null);
        validator.RuleFor(c => c.MyNumber).Passes(digits =>
            string.IsNullOrWhiteSpace(digits) ? null : Localized(Domain.Employees.MyNumber.Check(JapaneseTextNormalizer.NormalizeMyNumber(digits))));
    }

    /// <summary>The validated input as the domain value (names normalised as the employee import does).</summary>
    public static FamilyMemberDetails ToDetails(this IFamilyMemberInput input) => FamilyMemberDetails.Create(
        EmployeeFieldText.Name(input.Name), EmployeeFieldText.Kana(input.NameKana), input.Relationship, input.BirthDate.GetValueOrDefault(), input.Cohabiting,
        input.Disability, input.NonResident, new Yen(input.EstimatedIncome.GetValueOrDefault(-1)));

    /// <summary>The number typed (full-width digits and hyphens allowed), or null when the field was left blank.</summary>
    public static MyNumber? ParseMyNumber(this IFamilyMemberInput input) =>
        string.IsNullOrWhiteSpace(input.MyNumber) ? null : Domain.Employees.MyNumber.Create(JapaneseTextNormalizer.NormalizeMyNumber(input.MyNumber));

    private static string? Localized(RuleMessage? reason) => reason is null ? null : Messages.Get(reason);

    /// <summary>A rule whose check returns the user-facing reason (never echoing the value), or null when it passes.</summary>
    private static IRuleBuilderOptions<T, TProperty> Passes<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, string?> check) =>
        rule.Must(value => check(value) is null).WithMessage((_, value) => check(value) ?? "");
}
