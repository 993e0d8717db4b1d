namespace YearEndAdjustment.Domain.Declarations;

// 所得税法76条: 一般生命保険料, 介護医療保険料 (new type only), 個人年金保険料.
public enum LifeInsuranceCategory
{
    General,
    CareMedical,
    Pension,
}
