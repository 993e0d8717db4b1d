namespace YearEndAdjustment.Domain.Adjustments.Rules;

// Every figure the year-end adjustment needs for one tax year (tax-rules.md §2). The algorithm in
// AdjustmentCalculator has no year branches: a corrected figure or a new year is a change to a TaxYear####Rules
// file and its tests. 2024 is written out in full; each later year is the previous one `with` that year's reform.
// Amounts are whole yen; ages are "age at the reference date" (年齢計算ニ関スル法律).
public sealed record TaxYearRules
{
    public required int Year { get; init; }

    // Step 3: employment income (所得税法28条, 別表第五).
    public required EmploymentIncomeTable EmploymentIncome { get; init; }

    public required string EmploymentIncomeSource { get; init; }

    // Step 4: 所得金額調整控除 (措置法41条の3の11第1項).
    public required long IncomeAdjustmentSalaryThreshold { get; init; }

    public required long IncomeAdjustmentSalaryCeiling { get; init; }

    public required int IncomeAdjustmentRatePercent { get; init; }

    public required long IncomeAdjustmentMaximum { get; init; }

    public required int IncomeAdjustmentDependantAgeBelow { get; init; }

    // 合計所得金額 limit of a 扶養親族 and a 同一生計配偶者 (所得税法2条1項33号・34号).
    public required long DependantIncomeLimit { get; init; }

    // 基礎控除 by the employee's 合計所得金額 (所得税法86条, 措置法41条の16の2).
    public required BracketTable BasicDeduction { get; init; }

    public required string BasicDeductionSource { get; init; }

    // 配偶者控除 / 配偶者特別控除 (所得税法83条・83条の2); tiers ascend by employee income.
    public required IReadOnlyList<SpouseTier> SpouseTiers { get; init; }

    public required int ElderlyAge { get; init; }

    // 特定親族特別控除 (2025 onward): relatives aged SpecificDependantAgeFrom to below SpecificDependantAgeBelow whose
    // income is above DependantIncomeLimit. Null in years without the deduction.
    public required BracketTable? SpecificRelativeDeduction { get; init; }

    // 扶養控除 (所得税法84条, 措置法41条の16).
    public required int DependantMinimumAge { get; init; }

    public required int SpecificDependantAgeFrom { get; init; }

    public required int SpecificDependantAgeBelow { get; init; }

    public required int NonResidentRestrictedAgeFrom { get; init; }

    public required int NonResidentRestrictedAgeBelow { get; init; }

    public required long GeneralDependantDeduction { get; init; }

    public required long SpecificDependantDeduction { get; init; }

    public required long ElderlyDependantDeduction { get; init; }

    public required long CohabitingParentDeduction { get; init; }

    // 障害者控除 (所得税法79条).
    public required long DisabilityDeduction { get; init; }

    public required long SpecialDisabilityDeduction { get; init; }

    public required long CohabitingSpecialDisabilityDeduction { get; init; }

    // 寡婦控除 (所得税法80条) and ひとり親控除 (所得税法81条).
    public required long WidowDeduction { get; init; }

    public required long SingleParentDeduction { get; init; }

    public required long WidowSingleParentIncomeLimit { get; init; }

    public required long SingleParentChildIncomeLimit { get; init; }

    // 勤労学生控除 (所得税法82条).
    public required long WorkingStudentDeduction { get; init; }

    public required long WorkingStudentIncomeLimit { get; init; }

    public required long WorkingStudentNonEmploymentIncomeLimit { get; init; }

    // 生命保険料控除 (所得税法76条).
    public required PremiumFormula LifeInsuranceNew { get; init; }

    public required PremiumFormula LifeInsuranceOld { get; init; }

    // The 2026-only formula for new-type 一般 premiums of an employee with a 扶養親族 under
    // LifeInsuranceYoungDependantAgeBelow; null in other years.
    public required PremiumFormula? LifeInsuranceNewGeneralWithYoungDependant { get; init; }

    public required int LifeInsuranceYoungDependantAgeBelow { get; init; }

    // Whether a 扶養親族 under LifeInsuranceYoungDependantAgeBelow whom another earner claims (RelativeInput.
    // ClaimedByAnotherEarner) still counts for the special above. tax-rules.md is silent; secondary sources cite
    // 措置法通達41の15の5-1 (both earners count the child). Data, not code, until re-checked against the NTA.
    public required bool LifeInsuranceYoungDependantIncludesOtherEarnersRelatives { get; init; }

    public required long LifeInsuranceTotalCap { get; init; }

    // 地震保険料控除 (所得税法77条).
    public required long EarthquakeInsuranceCap { get; init; }

    public required PremiumFormula OldLongTermInsurance { get; init; }

    public required long EarthquakeInsuranceTotalCap { get; init; }

    // Step 8: 所得税法89条 in 速算表 form.
    public required TaxRateTable TaxRates { get; init; }

    // Step 11: 復興特別所得税 (復興財源確保法13条) folded into the 102.1% factor.
    public required int SurtaxNumerator { get; init; }

    public required int SurtaxDenominator { get; init; }

    // 所得税法190条: the year-end adjustment covers salaries of at most this amount.
    public required long AdjustmentSalaryCeiling { get; init; }

    // Step 10a: 定額減税 inside the year-end adjustment; 0 per person in years without it.
    public required long FlatTaxCutPerPerson { get; init; }

    public required long FlatTaxCutEmployeeIncomeLimit { get; init; }

    public required long FlatTaxCutRelativeIncomeLimit { get; init; }

    // NTA No.2665: a part-timer who left during the year is still adjusted when the year's pay is at most this.
    public required long PartTimeLeaverSalaryLimit { get; init; }

    public bool HasFlatTaxCut => FlatTaxCutPerPerson > 0;
}
