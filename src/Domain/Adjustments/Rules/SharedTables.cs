namespace YearEndAdjustment.Domain.Adjustments.Rules;

internal static class SharedTables
{
    // 所得税法28条3項 as salary-after-deduction formulas (NTA No.1410), the same in every year; each year's
    // employment-income table is generated from them. The 60% segment only matters in 2024, where the 4,000-yen rows
    // start below 1,800,000.
    public static readonly EmploymentIncomeSegment[] EmploymentIncomeSegments =
    [
        new(0, 6, 100_000),
        new(1_800_000, 7, -80_000),
        new(3_600_000, 8, -440_000),
        new(6_600_000, 9, -1_100_000),
        new(8_500_000, 10, -1_950_000),
    ];
}
