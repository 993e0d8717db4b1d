using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Adjustments.Rules;

// The tax years this service can adjust. Built once; lookups are an array index so bulk runs pay nothing.
public static class TaxYearRulesCatalog
{
    public const string UnsupportedYearCode = "adjustment.unsupported_tax_year";

    private static readonly TaxYearRules[] Years = Build();

    public static int FirstYear => Years[0].Year;

    public static int LastYear => Years[^1].Year;

    public static IReadOnlyList<int> SupportedYears { get; } = [.. Years.Select(rules => rules.Year)];

    private static TaxYearRules[] Build()
    {
        var year2024 = TaxYear2024Rules.Create();
        var year2025 = TaxYear2025Rules.Create(year2024);
        var year2026 = TaxYear2026Rules.Create(year2025);
        return [year2024, year2025, year2026];
    }

    public static TaxYearRules For(int taxYear)
    {
        if (taxYear < FirstYear || taxYear > LastYear)
        {
            throw new DomainRuleViolationException(
                UnsupportedYearCode,
                new RuleMessage(UnsupportedYearCode, "taxYear: {0}年分の年末調整には対応していません (対応年分: {1}〜{2})。").With(taxYear, FirstYear, LastYear));
        }

        return Years[taxYear - FirstYear];
    }
}
