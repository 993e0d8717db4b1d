using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.ExportTenantData;

public sealed class ExportTenantDataCommandValidator : AbstractValidator<ExportTenantDataCommand>
{
    public ExportTenantDataCommandValidator()
    {
        RuleFor(c => c.Destination).NotNull().Must(s => s.CanWrite).WithMessage(_ => Messages.Get(MessageKeys.ValidationDestinationNotWritable));
        RuleFor(c => c.Encoding).IsInEnum();
    }
}
