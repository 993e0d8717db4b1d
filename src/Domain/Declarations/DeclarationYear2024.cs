using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.Domain.Declarations;

// 令和6年分: no 特定親族 part; the combined form carries the 定額減税 boxes (forms-and-formats.md §0).
internal static class DeclarationYear2024
{
    public static DeclarationYearDefinition Create() => new()
    {
        Year = 2024,
        Rules = TaxYearRulesCatalog.For(2024),
        RelativesSectionTitle = "控除対象扶養親族",
        RelativesSectionIncomeLimit = TaxYearRulesCatalog.For(2024).DependantIncomeLimit,
        RelativesSectionHasSpecificRelativeTick = false,
        HasSpecificRelativePart = false,
        BasicFormTitle = "基礎控除申告書 兼 配偶者控除等申告書 兼 年末調整に係る定額減税のための申告書 兼 所得金額調整控除申告書",
        HasFlatTaxCutPart = true,
        OldLifeInsuranceCertificateWaiverPerContract = 9_000,
        SocialInsuranceKindsNeedingCertificate = new HashSet<SocialInsuranceKind>
        {
            SocialInsuranceKind.NationalPension,
            SocialInsuranceKind.NationalPensionFund,
        },
        MutualAidNeedsCertificate = true,
        HousingLoanCategories = new HashSet<HousingLoanCategory>
        {
            HousingLoanCategory.General,
            HousingLoanCategory.Certified,
            HousingLoanCategory.SpecifiedRenovation,
            HousingLoanCategory.EarthquakeRetrofit,
        },
    };
}
