using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Declarations.ImportMyCertificates;

public sealed class ImportMyCertificatesCommandValidator : AbstractValidator<ImportMyCertificatesCommand>
{
    public const int MaxFiles = 20;

    public ImportMyCertificatesCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.Files).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.CertificateNoFiles));
        RuleFor(c => c.Files.Count).LessThanOrEqualTo(MaxFiles);
    }
}
