using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.StartEmployeeImport;

public sealed class StartEmployeeImportCommandValidator : AbstractValidator<StartEmployeeImportCommand>
{
    public StartEmployeeImportCommandValidator()
    {
        // Upload ids are random hex the server issued, never a path or user text.
        RuleFor(c => c.UploadId).NotEmpty().Matches("^[0-9a-f]{32}$")
            .WithMessage(_ => Messages.Get(MessageKeys.ImportUploadExpired));
        RuleFor(c => c.ExpectedFingerprint).Matches("^[0-9a-f]{64}$").When(c => c.ExpectedFingerprint is not null)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationPreviewIdInvalid));
    }
}
