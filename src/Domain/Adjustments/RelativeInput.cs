namespace YearEndAdjustment.Domain.Adjustments;

// A relative other than the spouse who is 生計を一にする with the employee (all children, parents etc. listed on
// the 扶養控除等申告書 or the 特定親族特別控除申告書). Whether they are a 扶養親族, a 特定親族 or neither follows
// from TotalIncome (estimated 合計所得金額) and age.
public sealed class RelativeInput
{
    public required DateOnly BirthDate { get; init; }

    public required long TotalIncome { get; init; }

    public DisabilityLevel Disability { get; init; }

    // 同居: decides 同居老親等 and 同居特別障害者. Not "living with" when in a care facility.
    public bool LivesWithEmployee { get; init; }

    // 直系尊属 of the employee or spouse (parents, grandparents): needed for 同居老親等.
    public bool IsLinealAscendant { get; init; }

    // The employee's child: the ひとり親控除 requires one whose income is within the limit.
    public bool IsChild { get; init; }

    public bool IsNonResident { get; init; }

    // A non-resident aged 30–69 is a 控除対象扶養親族 only when studying abroad, disabled, or receiving at least
    // 380,000 a year from the employee (所得税法2条1項34号の2, 2023 onward).
    public bool NonResidentQualifies { get; init; }

    public bool IsBusinessFamilyEmployee { get; init; }

    // Listed in section D of the 扶養控除等申告書 (他の所得者が控除を受ける扶養親族等): a relative another earner (e.g.
    // the other working parent) claims. A relative is the 扶養親族 of one taxpayer only (所得税法85条5項, 所得税法施行令
    // 219条), so this employee gets no 扶養控除, 特定親族特別控除, 障害者控除 (tax-rules.md §9: for the employee's own
    // 同一生計配偶者 / 扶養親族) or 2024 定額減税 (§14, like the 扶養控除) for them; they are not the ひとり親's child
    // (§9: "nobody else's dependant") nor the 扶養親族 a divorced 寡婦 needs. They still qualify this employee for
    // 所得金額調整控除 (tax-rules.md §5: both parents may claim it; 措置法通達41の3の3-1) and, where TaxYearRules says
    // so, the 2026 life-insurance special.
    public bool ClaimedByAnotherEarner { get; init; }
}
