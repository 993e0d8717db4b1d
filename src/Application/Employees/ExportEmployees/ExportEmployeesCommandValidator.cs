using FluentValidation;

namespace YearEndAdjustment.Application.Employees.ExportEmployees;

public sealed class ExportEmployeesCommandValidator : AbstractValidator<ExportEmployeesCommand>
{
    public ExportEmployeesCommandValidator()
    {
        RuleFor(c => c.Destination).NotNull().Must(s => s is null || s.CanWrite).WithMessage("出力先に書き込めません。");
        RuleFor(c => c.Encoding).IsInEnum().WithMessage("文字コードは UTF-8 または Shift_JIS を選んでください。");
    }
}
