using FluentValidation;

namespace YearEndAdjustment.Application.Employees.ExportTenantData;

public sealed class ExportTenantDataCommandValidator : AbstractValidator<ExportTenantDataCommand>
{
    public ExportTenantDataCommandValidator()
    {
        RuleFor(c => c.Destination).NotNull().Must(s => s.CanWrite).WithMessage("出力先に書き込めません。");
        RuleFor(c => c.Encoding).IsInEnum();
    }
}
