namespace YearEndAdjustment.Domain.Adjustments;

// The employee's spouse as declared on the 配偶者控除等申告書 / 扶養控除等申告書 (生計を一にする is implied by
// declaring them). TotalIncome is the spouse's estimated 合計所得金額, not their salary.
public sealed class SpouseInput
{
    public required DateOnly BirthDate { get; init; }

    public required long TotalIncome { get; init; }

    public DisabilityLevel Disability { get; init; }

    public bool LivesWithEmployee { get; init; }

    public bool IsNonResident { get; init; }

    // 青色事業専従者 / 白色事業専従者 cannot be a 控除対象配偶者 or 同一生計配偶者 (所得税法2条1項33号).
    public bool IsBusinessFamilyEmployee { get; init; }
}
