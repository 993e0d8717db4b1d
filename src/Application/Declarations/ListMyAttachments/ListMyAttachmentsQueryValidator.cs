using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.ListMyAttachments;

public sealed class ListMyAttachmentsQueryValidator : AbstractValidator<ListMyAttachmentsQuery>
{
    public ListMyAttachmentsQueryValidator() => RuleFor(q => q.TaxYear).SupportedTaxYear();
}
