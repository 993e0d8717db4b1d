using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Adjustments.Rules;

// The tax years this service can adjust. Built once; lookups are an array index so bulk runs pay nothing.
public static class TaxYearRulesCatalog
{
    public const string UnsupportedYearCode = "adjustment.unsupported_tax_year";

    private static readonly TaxYearRules[] Years =
    [
        TaxYear2024Rules.Create(),
        TaxYear2025Rules.Create(),
        TaxYear2026Rules.Create(),
    ];

    public static int FirstYear => Years[0].Year;

    public static int LastYear => Years[^1].Year;

    public static IReadOnlyList<int> SupportedYears { get; } = [.. Years.Select(rules => rules.Year)];

    public static TaxYearRules For(int taxYear)
    {
        if (taxYear < FirstYear || taxYear > LastYear)
        {
            throw new DomainRuleViolationException(
                UnsupportedYearCode,
                $"taxYear: {taxYear}年分の年末調整には対応していません (対応年分: {FirstYear}〜{LastYear})。");
        }

        return Years[taxYear - FirstYear];
    }
}
