using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.Domain.Declarations;

// 令和7年分: the combined form gains part 3 (特定親族特別控除申告書) and loses the 定額減税 boxes (forms §0).
internal static class DeclarationYear2025
{
    public static DeclarationYearDefinition Create(DeclarationYearDefinition previous) => previous with
    {
        Year = 2025,
        Rules = TaxYearRulesCatalog.For(2025),
        RelativesSectionIncomeLimit = TaxYearRulesCatalog.For(2025).DependantIncomeLimit,
        HasSpecificRelativePart = true,
        BasicFormTitle = "基礎控除申告書 兼 配偶者控除等申告書 兼 特定親族特別控除申告書 兼 所得金額調整控除申告書",
        HasFlatTaxCutPart = false,
    };
}
