using FluentValidation;

namespace YearEndAdjustment.Application.Employees.ImportPayrollTotals;

public sealed class ImportPayrollTotalsCommandValidator : AbstractValidator<ImportPayrollTotalsCommand>
{
    public ImportPayrollTotalsCommandValidator()
    {
        RuleFor(c => c.Content).NotNull().WithMessage("取り込むファイルを選んでください。");
        RuleFor(c => c.TaxYear).InclusiveBetween(2000, 2100).WithMessage("年分を正しく指定してください。");
        RuleFor(c => c.ExpectedFingerprint).Matches("^[0-9a-f]{64}$").When(c => c.ExpectedFingerprint is not null)
            .WithMessage("プレビューの識別子が正しくありません。");
    }
}
