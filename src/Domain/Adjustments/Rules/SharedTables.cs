namespace YearEndAdjustment.Domain.Adjustments.Rules;

// Tables that are identical in 2024, 2025 and 2026 (tax-rules.md §4.1, §7.2, §8.2, §11, §13.1). Each year's rules
// refer to them; a year whose table changes gets its own copy in its TaxYear####Rules file.
internal static class SharedTables
{
    // 所得税法28条3項 as salary-after-deduction formulas (NTA No.1410). The 60% segment only matters in 2024, where
    // the 4,000-yen rows start below 1,800,000.
    public static readonly EmploymentIncomeSegment[] EmploymentIncomeSegments =
    [
        new(0, 6, 100_000),
        new(1_800_000, 7, -80_000),
        new(3_600_000, 8, -440_000),
        new(6_600_000, 9, -1_100_000),
        new(8_500_000, 10, -1_950_000),
    ];

    // 年末調整のための算出所得税額の速算表 (令和8年分 年末調整のしかた 115.pdf p.55; unchanged since 2015).
    public static readonly TaxRateTable TaxRates = new(
        new TaxRateBracket(1_950_000, 5, 0),
        new TaxRateBracket(3_300_000, 10, 97_500),
        new TaxRateBracket(6_950_000, 20, 427_500),
        new TaxRateBracket(9_000_000, 23, 636_000),
        new TaxRateBracket(18_000_000, 33, 1_536_000),
        new TaxRateBracket(18_050_000, 40, 2_796_000));

    // 配偶者特別控除 rows above 950,000 (所得税法83条の2; 令和8年分 115.pdf p.55), one column per employee tier.
    public static BracketTable SpouseSpecial(long firstRowAmount, long r1, long r2, long r3, long r4, long r5, long r6, long r7, long r8) =>
        new(
            new Bracket(950_000, firstRowAmount),
            new Bracket(1_000_000, r1),
            new Bracket(1_050_000, r2),
            new Bracket(1_100_000, r3),
            new Bracket(1_150_000, r4),
            new Bracket(1_200_000, r5),
            new Bracket(1_250_000, r6),
            new Bracket(1_300_000, r7),
            new Bracket(1_330_000, r8));

    public static IReadOnlyList<SpouseTier> SpouseTiers() =>
    [
        new(9_000_000, 380_000, 480_000, SpouseSpecial(380_000, 360_000, 310_000, 260_000, 210_000, 160_000, 110_000, 60_000, 30_000)),
        new(9_500_000, 260_000, 320_000, SpouseSpecial(260_000, 240_000, 210_000, 180_000, 140_000, 110_000, 80_000, 40_000, 20_000)),
        new(10_000_000, 130_000, 160_000, SpouseSpecial(130_000, 120_000, 110_000, 90_000, 70_000, 60_000, 40_000, 20_000, 10_000)),
    ];

    // 特定親族特別控除 (令和7年度改正; NTA Q&A 0025005-051, 令和8年分 115.pdf p.56). Looked up only for incomes above
    // the year's dependant limit, so the first row's lower bound (580,001 / 620,001) comes from that limit.
    public static readonly BracketTable SpecificRelative = new(
        new Bracket(850_000, 630_000),
        new Bracket(900_000, 610_000),
        new Bracket(950_000, 510_000),
        new Bracket(1_000_000, 410_000),
        new Bracket(1_050_000, 310_000),
        new Bracket(1_100_000, 210_000),
        new Bracket(1_150_000, 110_000),
        new Bracket(1_200_000, 60_000),
        new Bracket(1_230_000, 30_000));

    // 所得税法76条: formula I (new type), III (old type); II is the 2026 special (tax-rules.md §11.1).
    public static readonly PremiumFormula LifeInsuranceNew = new(20_000, 40_000, 10_000, 80_000, 20_000, 40_000);
    public static readonly PremiumFormula LifeInsuranceOld = new(25_000, 50_000, 12_500, 100_000, 25_000, 50_000);
    public static readonly PremiumFormula LifeInsuranceNewGeneralWithYoungDependant = new(30_000, 60_000, 15_000, 120_000, 30_000, 60_000);

    // 所得税法77条 (旧長期損害保険料, NTA No.1145): full to 10,000, half + 5,000 to 20,000, then 15,000.
    public static readonly PremiumFormula OldLongTermInsurance = new(10_000, 20_000, 5_000, 20_000, 0, 15_000);
}
