namespace YearEndAdjustment.Domain.Employees;

/// <summary>障害者区分 on the 扶養控除等申告書: none, 一般の障害者, 特別障害者 (所得税法第2条第1項第28号・第29号).</summary>
public enum DisabilityKind
{
    None,
    General,
    Special,
}
