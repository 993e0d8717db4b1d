namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 令和8年分 (tax-rules.md §2–§3, 2026 column): 令和8年度税制改正 (in force 2026-12-01, applies to the whole of
// 2026; NTA Q&A 0026005-024 Q1-1): minimum deduction 690,000 + 50,000 special (措置法29条の4), basic deduction
// 620,000 + 420,000/50,000 special, 620,000 limits, and the 2026-only life-insurance special of the 2025 reform.
internal static class TaxYear2026Rules
{
    public static TaxYearRules Create() => new()
    {
        Year = 2026,
        // 令和8年分 年末調整のしかた 114.pdf pp.47–54; transition rows from 102.pdf p.3 (not derivable by formula).
        EmploymentIncome = new EmploymentIncomeTable(
            minimumDeduction: 740_000,
            zeroBelow: 741_000,
            exactUntil: 2_191_000,
            transitionRows:
            [
                new(2_191_000, 2_193_000, 1_451_000),
                new(2_193_000, 2_196_000, 1_453_000),
                new(2_196_000, 2_200_000, 1_456_000),
            ],
            bandStart: 2_200_000,
            segments: SharedTables.EmploymentIncomeSegments),
        EmploymentIncomeSource = "所得税法28条・190条・別表第五, 措置法29条の4 (令和8年改正); 令和8年分 年末調整のしかた 114.pdf pp.47–54, 102.pdf p.3",
        IncomeAdjustmentSalaryThreshold = 8_500_000,
        IncomeAdjustmentSalaryCeiling = 10_000_000,
        IncomeAdjustmentRatePercent = 10,
        IncomeAdjustmentMaximum = 150_000,
        IncomeAdjustmentDependantAgeBelow = 23,
        DependantIncomeLimit = 620_000,
        // 所得税法86条 (620,000) + 措置法41条の16の2 special for 2026–2027: +420,000 up to 4,890,000 and +50,000 up
        // to 6,550,000 (令和8年分 115.pdf p.56). Not the 990,000 tier, which starts in 2028.
        BasicDeduction = new BracketTable(
            new Bracket(4_890_000, 1_040_000),
            new Bracket(6_550_000, 670_000),
            new Bracket(23_500_000, 620_000),
            new Bracket(24_000_000, 480_000),
            new Bracket(24_500_000, 320_000),
            new Bracket(25_000_000, 160_000)),
        BasicDeductionSource = "所得税法86条・措置法41条の16の2 (令和8年改正); 令和8年分 年末調整のしかた 115.pdf p.56",
        SpecificRelativeDeduction = SharedTables.SpecificRelative,
        // ひとり親控除 stays 350,000 in 2026 (380,000 only from 2027).
        SingleParentChildIncomeLimit = 620_000,
        WorkingStudentIncomeLimit = 890_000,
        // 令和8年分 年末調整のしかた 107.pdf pp.24–26: new 一般 premiums use formula II, cap 60,000.
        LifeInsuranceNewGeneralWithYoungDependant = SharedTables.LifeInsuranceNewGeneralWithYoungDependant,
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
