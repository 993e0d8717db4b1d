using FluentValidation;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

public sealed class ImportEmployeesCommandValidator : AbstractValidator<ImportEmployeesCommand>
{
    public ImportEmployeesCommandValidator()
    {
        RuleFor(c => c.Content).NotNull().WithMessage("取り込むファイルを選んでください。")
            .Must(s => s is null || s.CanRead).WithMessage("取り込むファイルを読み込めません。");
        RuleFor(c => c.ExpectedFingerprint).Matches("^[0-9a-f]{64}$").When(c => c.ExpectedFingerprint is not null)
            .WithMessage("プレビューの識別子が正しくありません。");
    }
}
