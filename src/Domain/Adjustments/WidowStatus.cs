namespace YearEndAdjustment.Domain.Adjustments;

// Basis of a 寡婦 claim (所得税法2条1項30号): widowed (incl. husband missing) needs no dependant; divorced needs a
// 扶養親族.
public enum WidowStatus
{
    None,
    Widowed,
    Divorced,
}
