namespace YearEndAdjustment.Domain.Declarations;

// 所得金額調整控除申告書 要件 (措置法41条の3の11第1項).
public enum IncomeAdjustmentRequirement
{
    EmployeeSpeciallyDisabled,
    SpouseSpeciallyDisabled,
    DependantSpeciallyDisabled,
    DependantUnder23,
}
