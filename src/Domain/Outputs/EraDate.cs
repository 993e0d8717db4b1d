namespace YearEndAdjustment.Domain.Outputs;

// A date as the NTA and eLTAX formats split it: era, year of the era, month, day (forms-and-formats.md §2 #36, §3.6).
// The era code is the one the 統一CSV uses (1 昭和, 2 大正, 3 明治, 4 平成, 5 令和), not the chronological order.
public readonly record struct EraDate(int EraCode, string EraName, int Year, int Month, int Day)
{
    private static readonly (DateOnly Start, int Code, string Name)[] Eras =
    [
        (new DateOnly(2019, 5, 1), 5, "令和"),
        (new DateOnly(1989, 1, 8), 4, "平成"),
        (new DateOnly(1926, 12, 25), 1, "昭和"),
        (new DateOnly(1912, 7, 30), 2, "大正"),
        (new DateOnly(1868, 10, 23), 3, "明治"),
    ];

    public static EraDate Of(DateOnly date)
    {
        foreach (var (start, code, name) in Eras)
        {
            if (date >= start)
            {
                return new EraDate(code, name, date.Year - start.Year + 1, date.Month, date.Day);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(date), "Dates before the Meiji era are not representable.");
    }

    // The era year of a tax year's 12月31日 (a whole year of one era from 2020 on).
    public static int YearOfEra(int taxYear) => Of(new DateOnly(taxYear, 12, 31)).Year;

    // 「令和7年5月31日」
    public string ToJapanese() => $"{EraName}{Year}年{Month}月{Day}日";

    // 「R7.5.31」 as 摘要 abbreviates it.
    public string ToShort() => $"{EraName[0] switch { '令' => 'R', '平' => 'H', '昭' => 'S', '大' => 'T', _ => 'M' }}{Year}.{Month}.{Day}";
}
