using YearEndAdjustment.Domain.Adjustments.Rules;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Declarations;

// The years employees can declare for; the same range as the calculator's.
public static class DeclarationYearCatalog
{
    public const string UnsupportedYearCode = "declaration.unsupported_tax_year";

    private static readonly DeclarationYearDefinition[] Years = Build();

    public static IReadOnlyList<int> SupportedYears { get; } = [.. Years.Select(year => year.Year)];

    private static DeclarationYearDefinition[] Build()
    {
        var year2024 = DeclarationYear2024.Create();
        var year2025 = DeclarationYear2025.Create(year2024);
        var year2026 = DeclarationYear2026.Create(year2025);
        DeclarationYearDefinition[] years = [year2024, year2025, year2026];
        if (years[0].Year != TaxYearRulesCatalog.FirstYear || years[^1].Year != TaxYearRulesCatalog.LastYear)
        {
            throw new InvalidOperationException("Declaration years and calculator years must cover the same range.");
        }

        return years;
    }

    public static bool Supports(int taxYear) => taxYear >= Years[0].Year && taxYear <= Years[^1].Year;

    public static DeclarationYearDefinition For(int taxYear)
    {
        if (!Supports(taxYear))
        {
            throw new DomainRuleViolationException(
                UnsupportedYearCode,
                $"{taxYear}年分の申告書には対応していません (対応年分: {Years[0].Year}〜{Years[^1].Year})。");
        }

        return Years[taxYear - Years[0].Year];
    }
}
