namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 令和6年分 (tax-rules.md §2, 2024 column): the pre-2025 amounts plus the one-off 定額減税 inside the
// year-end adjustment (令和6年度税制改正; NTA 令和6年分 年末調整のしかた 02.pdf pp.3–4, 定額減税 FAQ 0024001-021).
internal static class TaxYear2024Rules
{
    public static TaxYearRules Create() => new()
    {
        Year = 2024,
        // 令和6年分 年末調整のしかた 17.pdf pp.51–59; minimum 550,000; statute table 別表第五 (令和2年分以後).
        EmploymentIncome = new EmploymentIncomeTable(
            minimumDeduction: 550_000,
            zeroBelow: 551_000,
            exactUntil: 1_619_000,
            transitionRows:
            [
                new(1_619_000, 1_620_000, 1_069_000),
                new(1_620_000, 1_622_000, 1_070_000),
                new(1_622_000, 1_624_000, 1_072_000),
                new(1_624_000, 1_628_000, 1_074_000),
            ],
            bandStart: 1_628_000,
            segments: SharedTables.EmploymentIncomeSegments),
        EmploymentIncomeSource = "所得税法28条・190条・別表第五; 令和6年分 年末調整のしかた 17.pdf pp.51–59",
        IncomeAdjustmentSalaryThreshold = 8_500_000,
        IncomeAdjustmentSalaryCeiling = 10_000_000,
        IncomeAdjustmentRatePercent = 10,
        IncomeAdjustmentMaximum = 150_000,
        IncomeAdjustmentDependantAgeBelow = 23,
        DependantIncomeLimit = 480_000,
        // 所得税法86条 (令和2年分以後): 480,000 up to 24,000,000, then 320,000 / 160,000 / 0.
        BasicDeduction = new BracketTable(
            new Bracket(24_000_000, 480_000),
            new Bracket(24_500_000, 320_000),
            new Bracket(25_000_000, 160_000)),
        BasicDeductionSource = "所得税法86条; NTA No.1199",
        SpecificRelativeDeduction = null,
        SingleParentChildIncomeLimit = 480_000,
        WorkingStudentIncomeLimit = 750_000,
        LifeInsuranceNewGeneralWithYoungDependant = null,
        SpouseTiers = SharedTables.SpouseTiers(),
        ElderlyAge = 70,
        DependantMinimumAge = 16,
        SpecificDependantAgeFrom = 19,
        SpecificDependantAgeBelow = 23,
        NonResidentRestrictedAgeFrom = 30,
        NonResidentRestrictedAgeBelow = 70,
        GeneralDependantDeduction = 380_000,
        SpecificDependantDeduction = 630_000,
        ElderlyDependantDeduction = 480_000,
        CohabitingParentDeduction = 580_000,
        DisabilityDeduction = 270_000,
        SpecialDisabilityDeduction = 400_000,
        CohabitingSpecialDisabilityDeduction = 750_000,
        WidowDeduction = 270_000,
        SingleParentDeduction = 350_000,
        WidowSingleParentIncomeLimit = 5_000_000,
        WorkingStudentDeduction = 270_000,
        WorkingStudentNonEmploymentIncomeLimit = 100_000,
        LifeInsuranceNew = SharedTables.LifeInsuranceNew,
        LifeInsuranceOld = SharedTables.LifeInsuranceOld,
        LifeInsuranceYoungDependantAgeBelow = 23,
        LifeInsuranceTotalCap = 120_000,
        EarthquakeInsuranceCap = 50_000,
        OldLongTermInsurance = SharedTables.OldLongTermInsurance,
        EarthquakeInsuranceTotalCap = 50_000,
        TaxRates = SharedTables.TaxRates,
        SurtaxNumerator = 1_021,
        SurtaxDenominator = 1_000,
        AdjustmentSalaryCeiling = 20_000_000,
        FlatTaxCutEmployeeIncomeLimit = 18_050_000,
        // [UNSURE] NTA No.2665 states 1,030,000; whether it was raised for 2025/2026 with the dependant limits is
        // not confirmed (tax-rules.md §15, §17). Re-check the current No.2665 page before release.
        PartTimeLeaverSalaryLimit = 1_030_000,
        // 年調減税額 = 30,000 × (employee + 同一生計配偶者 + 扶養親族 incl. under 16), residents with income ≤ 480,000;
        // none when the employee's 合計所得金額 exceeds 18,050,000 (NTA 定額減税 FAQ 0024001-021).
        FlatTaxCutPerPerson = 30_000,
        FlatTaxCutRelativeIncomeLimit = 480_000,
    };
}
