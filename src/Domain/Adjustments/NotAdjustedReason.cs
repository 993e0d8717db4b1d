namespace YearEndAdjustment.Domain.Adjustments;

// Why no year-end adjustment is done (所得税法190条, NTA No.2665). The employee files a return instead.
public enum NotAdjustedReason
{
    None,
    SalaryOverCeiling,
    SecondaryColumn,
    DailyColumn,
    NonResident,
    DisasterRelief,
    LeftDuringYear,
}
