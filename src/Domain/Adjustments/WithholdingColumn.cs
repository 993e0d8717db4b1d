namespace YearEndAdjustment.Domain.Adjustments;

// Withholding column of the monthly tax table. Only 甲欄 employees (扶養控除等申告書 submitted to this employer)
// are adjusted (所得税法190条, NTA No.2665).
public enum WithholdingColumn
{
    Primary,
    Secondary,
    Daily,
}
