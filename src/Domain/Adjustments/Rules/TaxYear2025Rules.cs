namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 令和7年分 (tax-rules.md §2, 2025 column): 令和7年度税制改正 (in force 2025-12-01, applies to the whole of
// 2025): minimum deduction 650,000, four-tier basic-deduction addition, 580,000 limits, 特定親族特別控除.
internal static class TaxYear2025Rules
{
    public static TaxYearRules Create() => new()
    {
        Year = 2025,
        // 令和7年分 年末調整のしかた p.36; 1,900,000 is a multiple of 4,000, so there are no transition rows.
        EmploymentIncome = new EmploymentIncomeTable(
            minimumDeduction: 650_000,
            zeroBelow: 651_000,
            exactUntil: 1_900_000,
            transitionRows: [],
            bandStart: 1_900_000,
            segments: SharedTables.EmploymentIncomeSegments),
        EmploymentIncomeSource = "所得税法28条・190条・別表第五 (令和7年改正); 令和7年分 年末調整のしかた p.36",
        IncomeAdjustmentSalaryThreshold = 8_500_000,
        IncomeAdjustmentSalaryCeiling = 10_000_000,
        IncomeAdjustmentRatePercent = 10,
        IncomeAdjustmentMaximum = 150_000,
        IncomeAdjustmentDependantAgeBelow = 23,
        DependantIncomeLimit = 580_000,
        // 所得税法86条 (580,000) + 措置法41条の16の2 additions 370,000 / 300,000 / 100,000 / 50,000 (NTA No.1199,
        // 2025kiso). The 2026 reform replaced these additions for 2026–2027, so they apply to 2025 only.
        BasicDeduction = new BracketTable(
            new Bracket(1_320_000, 950_000),
            new Bracket(3_360_000, 880_000),
            new Bracket(4_890_000, 680_000),
            new Bracket(6_550_000, 630_000),
            new Bracket(23_500_000, 580_000),
            new Bracket(24_000_000, 480_000),
            new Bracket(24_500_000, 320_000),
            new Bracket(25_000_000, 160_000)),
        BasicDeductionSource = "所得税法86条・措置法41条の16の2 (令和7年改正); NTA No.1199",
        SpecificRelativeDeduction = SharedTables.SpecificRelative,
        SingleParentChildIncomeLimit = 580_000,
        WorkingStudentIncomeLimit = 850_000,
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
        FlatTaxCutPerPerson = 0,
        FlatTaxCutRelativeIncomeLimit = 0,
    };
}
