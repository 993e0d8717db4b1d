using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.ExportEmployees;

public sealed class ExportEmployeesCommandValidator : AbstractValidator<ExportEmployeesCommand>
{
    public ExportEmployeesCommandValidator()
    {
        RuleFor(c => c.Destination).NotNull().Must(s => s is null || s.CanWrite).WithMessage(_ => Messages.Get(MessageKeys.ValidationDestinationNotWritable));
        RuleFor(c => c.Encoding).IsInEnum().WithMessage(_ => Messages.Get(MessageKeys.ValidationExportEncoding));
    }
}
