namespace YearEndAdjustment.Domain.Adjustments;

public enum SpouseDeductionKind
{
    None,
    Spouse,
    ElderlySpouse,
    SpouseSpecial,
}
