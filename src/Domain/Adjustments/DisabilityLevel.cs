namespace YearEndAdjustment.Domain.Adjustments;

// 障害者 (一般) and 特別障害者 (所得税法2条1項28号・29号).
public enum DisabilityLevel
{
    None,
    General,
    Special,
}
