using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Domain.Outputs;

// What the printed 給与所得の源泉徴収票 of one tax year has (forms-and-formats.md §2): data, not logic, so a new year is
// one more entry. 2025 onward: the 特親 count and the 特定親族特別控除の額 box ([S4]); 2024 only: the 定額減税 wording in
// 摘要 (tax-rules.md §14).
public sealed record SlipYearLayout(int Year, string Title, bool HasSpecificRelativeBoxes, bool HasFlatTaxCutRemarks)
{
    private static readonly SlipYearLayout[] Layouts =
    [
        new(2024, "令和6年分 給与所得の源泉徴収票", HasSpecificRelativeBoxes: false, HasFlatTaxCutRemarks: true),
        new(2025, "令和7年分 給与所得の源泉徴収票", HasSpecificRelativeBoxes: true, HasFlatTaxCutRemarks: false),
        new(2026, "令和8年分 給与所得の源泉徴収票", HasSpecificRelativeBoxes: true, HasFlatTaxCutRemarks: false),
    ];

    public static IReadOnlyList<int> SupportedYears { get; } = Layouts.Select(l => l.Year).ToArray();

    // The same years as the declarations; an unsupported year fails with the declarations' own rule message.
    public static SlipYearLayout For(int year)
    {
        DeclarationYearCatalog.For(year);
        return Layouts.First(l => l.Year == year);
    }
}
