using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.Domain.Declarations;

// 令和8年分: section B renamed 「源泉控除対象親族」 with a 特定親族 tick; its printed limit (1,000,000) predates the 2026
// reform and only guides withholding (forms §0 caution); the (増) housing category is gone (tax-rules.md §3, [2ND]).
internal static class DeclarationYear2026
{
    public static DeclarationYearDefinition Create(DeclarationYearDefinition previous) => previous with
    {
        Year = 2026,
        Rules = TaxYearRulesCatalog.For(2026),
        RelativesSectionTitle = "源泉控除対象親族",
        RelativesSectionIncomeLimit = 1_000_000,
        RelativesSectionHasSpecificRelativeTick = true,
        HousingLoanCategories = new HashSet<HousingLoanCategory>
        {
            HousingLoanCategory.General,
            HousingLoanCategory.Certified,
            HousingLoanCategory.EarthquakeRetrofit,
        },
    };
}
