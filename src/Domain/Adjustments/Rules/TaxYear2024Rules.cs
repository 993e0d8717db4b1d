namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 令和6年分 (tax-rules.md §2, 2024 column), written out in full as the base the later years amend: the pre-2025
// amounts plus the one-off 定額減税 inside the year-end adjustment (令和6年度税制改正; NTA 令和6年分
// 年末調整のしかた 02.pdf pp.3–4, 定額減税 FAQ 0024001-021).
internal static class TaxYear2024Rules
{
    // 年末調整のための算出所得税額の速算表 (令和8年分 年末調整のしかた 115.pdf p.55; unchanged 2024–2026).
    private static readonly TaxRateTable TaxRates = new(
        new TaxRateBracket(1_950_000, 5, 0),
        new TaxRateBracket(3_300_000, 10, 97_500),
        new TaxRateBracket(6_950_000, 20, 427_500),
        new TaxRateBracket(9_000_000, 23, 636_000),
        new TaxRateBracket(18_000_000, 33, 1_536_000),
        new TaxRateBracket(18_050_000, 40, 2_796_000));

    // 配偶者控除 (general / 老人) and 配偶者特別控除 by employee tier (所得税法83条・83条の2; 令和8年分 115.pdf p.55,
    // unchanged 2024–2026). The special table is looked up only above the year's dependant limit, so its first row
    // starts at limit + 1 (480,001 / 580,001 / 620,001).
    private static readonly IReadOnlyList<SpouseTier> SpouseTiers =
    [
        new(9_000_000, 380_000, 480_000, SpouseSpecial(380_000, 360_000, 310_000, 260_000, 210_000, 160_000, 110_000, 60_000, 30_000)),
        new(9_500_000, 260_000, 320_000, SpouseSpecial(260_000, 240_000, 210_000, 180_000, 140_000, 110_000, 80_000, 40_000, 20_000)),
        new(10_000_000, 130_000, 160_000, SpouseSpecial(130_000, 120_000, 110_000, 90_000, 70_000, 60_000, 40_000, 20_000, 10_000)),
    ];

    // 所得税法76条: formula I (new type) and III (old type), tax-rules.md §11.1.
    private static readonly PremiumFormula LifeInsuranceNew = new(20_000, 40_000, 10_000, 80_000, 20_000, 40_000);
    private static readonly PremiumFormula LifeInsuranceOld = new(25_000, 50_000, 12_500, 100_000, 25_000, 50_000);

    // 所得税法77条 (旧長期損害保険料, NTA No.1145): full to 10,000, half + 5,000 to 20,000, then 15,000.
    private static readonly PremiumFormula OldLongTermInsurance = new(10_000, 20_000, 5_000, 20_000, 0, 15_000);

    public static TaxYearRules Create() => new()
    {
        Year = 2024,
        // 令和6年分 年末調整のしかた 17.pdf pp.51–59; minimum 550,000; statute table 別表第五 (令和2年分以後).
        EmploymentIncome = new EmploymentIncomeTable(
            minimumDeduction: 550_000,
            zeroBelow: 551_000,
            exactUntil: 1_619_000,
            transitionRows:
            [
                new(1_619_000, 1_620_000, 1_069_000),
                new(1_620_000, 1_622_000, 1_070_000),
                new(1_622_000, 1_624_000, 1_072_000),
                new(1_624_000, 1_628_000, 1_074_000),
            ],
            bandStart: 1_628_000,
            segments: SharedTables.EmploymentIncomeSegments),
        EmploymentIncomeSource = "所得税法28条・190条・別表第五; 令和6年分 年末調整のしかた 17.pdf pp.51–59",
        IncomeAdjustmentSalaryThreshold = 8_500_000,
        IncomeAdjustmentSalaryCeiling = 10_000_000,
        IncomeAdjustmentRatePercent = 10,
        IncomeAdjustmentMaximum = 150_000,
        IncomeAdjustmentDependantAgeBelow = 23,
        DependantIncomeLimit = 480_000,
        // 所得税法86条 (令和2年分以後): 480,000 up to 24,000,000, then 320,000 / 160,000 / 0.
        BasicDeduction = new BracketTable(
            new Bracket(24_000_000, 480_000),
            new Bracket(24_500_000, 320_000),
            new Bracket(25_000_000, 160_000)),
        BasicDeductionSource = "所得税法86条; NTA No.1199",
        SpecificRelativeDeduction = null,
        SingleParentChildIncomeLimit = 480_000,
        WorkingStudentIncomeLimit = 750_000,
        LifeInsuranceNewGeneralWithYoungDependant = null,
        // No life-insurance special before 2026, so the flag has no effect here.
        LifeInsuranceYoungDependantIncludesOtherEarnersRelatives = false,
        SpouseTiers = SpouseTiers,
        ElderlyAge = 70,
        DependantMinimumAge = 16,
        SpecificDependantAgeFrom = 19,
        SpecificDependantAgeBelow = 23,
        NonResidentRestrictedAgeFrom = 30,
        NonResidentRestrictedAgeBelow = 70,
        GeneralDependantDeduction = 380_000,
        SpecificDependantDeduction = 630_000,
        ElderlyDependantDeduction = 480_000,
        CohabitingParentDeduction = 580_000,
        DisabilityDeduction = 270_000,
        SpecialDisabilityDeduction = 400_000,
        CohabitingSpecialDisabilityDeduction = 750_000,
        WidowDeduction = 270_000,
        SingleParentDeduction = 350_000,
        WidowSingleParentIncomeLimit = 5_000_000,
        WorkingStudentDeduction = 270_000,
        WorkingStudentNonEmploymentIncomeLimit = 100_000,
        LifeInsuranceNew = LifeInsuranceNew,
        LifeInsuranceOld = LifeInsuranceOld,
        LifeInsuranceYoungDependantAgeBelow = 23,
        LifeInsuranceTotalCap = 120_000,
        EarthquakeInsuranceCap = 50_000,
        OldLongTermInsurance = OldLongTermInsurance,
        EarthquakeInsuranceTotalCap = 50_000,
        TaxRates = TaxRates,
        SurtaxNumerator = 1_021,
        SurtaxDenominator = 1_000,
        AdjustmentSalaryCeiling = 20_000_000,
        FlatTaxCutEmployeeIncomeLimit = 18_050_000,
        // [UNSURE] NTA No.2665 states 1,030,000; whether it was raised for 2025/2026 with the dependant limits is
        // not confirmed (tax-rules.md §15, §17), so the later years inherit it. Re-check No.2665 before release.
        PartTimeLeaverSalaryLimit = 1_030_000,
        // 年調減税額 = 30,000 × (employee + 同一生計配偶者 + 扶養親族 incl. under 16), residents with income ≤ 480,000;
        // none when the employee's 合計所得金額 exceeds 18,050,000 (NTA 定額減税 FAQ 0024001-021).
        FlatTaxCutPerPerson = 30_000,
        FlatTaxCutRelativeIncomeLimit = 480_000,
    };

    private static BracketTable SpouseSpecial(long r0, long r1, long r2, long r3, long r4, long r5, long r6, long r7, long r8) =>
        new(
            new Bracket(950_000, r0),
            new Bracket(1_000_000, r1),
            new Bracket(1_050_000, r2),
            new Bracket(1_100_000, r3),
            new Bracket(1_150_000, r4),
            new Bracket(1_200_000, r5),
            new Bracket(1_250_000, r6),
            new Bracket(1_300_000, r7),
            new Bracket(1_330_000, r8));
}
