using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.ListDeclarations;

public sealed class ListDeclarationsQueryValidator : AbstractValidator<ListDeclarationsQuery>
{
    public ListDeclarationsQueryValidator()
    {
        RuleFor(q => q.TaxYear).SupportedTaxYear();
        RuleFor(q => q.Status).Must(s => string.IsNullOrEmpty(s) || Enum.TryParse<DeclarationStatus>(s, ignoreCase: false, out _))
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationStatusUnknown));
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Department).MaximumLength(100);
    }
}
