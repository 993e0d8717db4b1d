using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

public sealed class ImportEmployeesCommandValidator : AbstractValidator<ImportEmployeesCommand>
{
    public ImportEmployeesCommandValidator()
    {
        RuleFor(c => c.Content).NotNull().WithMessage(_ => Messages.Get(MessageKeys.ValidationImportFileRequired))
            .Must(s => s is null || s.CanRead).WithMessage(_ => Messages.Get(MessageKeys.ValidationImportFileUnreadable));
        RuleFor(c => c.ExpectedFingerprint).Matches("^[0-9a-f]{64}$").When(c => c.ExpectedFingerprint is not null)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationPreviewIdInvalid));
    }
}
