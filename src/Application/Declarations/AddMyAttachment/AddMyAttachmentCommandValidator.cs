using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.AddMyAttachment;

/// <summary>Input shape only; emptiness, size and type are judged from the bytes by the handler.</summary>
public sealed class AddMyAttachmentCommandValidator : AbstractValidator<AddMyAttachmentCommand>
{
    public AddMyAttachmentCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.Content).NotNull();
        RuleFor(c => c.FileName).NotNull();
        RuleFor(c => c.Length).GreaterThanOrEqualTo(0);
    }
}
