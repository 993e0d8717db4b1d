using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>Input shape shared by the module's validators; business rules are the aggregate's checks.</summary>
public static class DeclarationInputRules
{
    public const int MaxRows = 50;
    public const int MaxTextLength = 200;

    public static IRuleBuilderOptions<T, int> SupportedTaxYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.Must(DeclarationYearCatalog.Supports)
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationYearUnsupported, DeclarationYearCatalog.SupportedYears[0], DeclarationYearCatalog.SupportedYears[^1]));

    public static void AddFormRules<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, DeclarationFormsDto>> forms) =>
        validator.RuleFor(forms).NotNull().ChildRules(FormRules);

    // Inline child rules, not validator classes: every validator class must target a command or query (architecture §9).
    private static void FormRules(InlineValidator<DeclarationFormsDto> v)
    {
        v.RuleFor(f => f.Dependants).NotNull();
        v.RuleFor(f => f.Basic).NotNull();
        v.RuleFor(f => f.Insurance).NotNull();
        v.RuleFor(f => f.Dependants.Self).NotNull().When(f => f.Dependants is not null);
        v.RuleFor(f => f.Dependants.Spouse!).ChildRules(PersonRules).When(f => f.Dependants?.Spouse is not null);
        v.RuleFor(f => f.Dependants.Relatives).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Dependants is not null);
        v.RuleForEach(f => f.Dependants.Relatives).ChildRules(PersonRules).When(f => f.Dependants?.Relatives is not null);
        v.RuleFor(f => f.Dependants.YoungRelatives).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Dependants is not null);
        v.RuleForEach(f => f.Dependants.YoungRelatives).ChildRules(PersonRules).When(f => f.Dependants?.YoungRelatives is not null);
        v.RuleFor(f => f.Dependants.OtherEarnersRelatives).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Dependants is not null);
        v.RuleForEach(f => f.Dependants.OtherEarnersRelatives).ChildRules(o =>
        {
            o.RuleFor(x => x.Person).NotNull().ChildRules(PersonRules);
            o.RuleFor(x => x.OtherEarnerName).NotNull().MaximumLength(MaxTextLength);
            o.RuleFor(x => x.OtherEarnerRelationship).NotNull().MaximumLength(MaxTextLength);
        }).When(f => f.Dependants?.OtherEarnersRelatives is not null);
        v.RuleFor(f => f.Dependants.SpecificRelativeEntryIds).NotNull().When(f => f.Dependants is not null);
        v.RuleFor(f => f.Basic.SpecificRelatives).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Basic is not null);
        v.RuleForEach(f => f.Basic.SpecificRelatives).ChildRules(PersonRules).When(f => f.Basic?.SpecificRelatives is not null);
        v.RuleFor(f => f.Insurance.Life).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Insurance is not null);
        v.RuleFor(f => f.Insurance.Earthquake).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Insurance is not null);
        v.RuleFor(f => f.Insurance.SocialInsurance).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Insurance is not null);
        v.RuleFor(f => f.Insurance.MutualAid).NotNull().Must(r => r.Count <= MaxRows).When(f => f.Insurance is not null);
    }

    private static void PersonRules(InlineValidator<PersonDto> v)
    {
        v.RuleFor(p => p.EntryId).NotEmpty();
        v.RuleFor(p => p.Name).NotNull().MaximumLength(MaxTextLength);
        v.RuleFor(p => p.NameKana).NotNull().MaximumLength(MaxTextLength);
        v.RuleFor(p => p.Address).MaximumLength(MaxTextLength);
        v.RuleFor(p => p.ChangeReason).MaximumLength(MaxTextLength);

        // Shape only (12 ASCII digits); a wrong check digit is saved as "invalid" and reported by the checks.
        v.RuleFor(p => p.MyNumber).Matches("^[0-9]{12}$").When(p => !string.IsNullOrEmpty(p.MyNumber))
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationMyNumberShape));
    }
}
