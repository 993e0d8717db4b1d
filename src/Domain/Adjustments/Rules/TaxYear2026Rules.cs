namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 令和8年分 (tax-rules.md §2–§3, 2026 column) = 2025 amended by the 令和8年度税制改正 (in force 2026-12-01, applies to
// the whole of 2026; NTA Q&A 0026005-024 Q1-1): minimum deduction 690,000 + 50,000 special (措置法29条の4), basic
// deduction 620,000 + 420,000/50,000 special, 620,000 limits, plus the 2026-only life-insurance special enacted in
// 2025. ひとり親控除 stays 350,000 (380,000 only from 2027).
internal static class TaxYear2026Rules
{
    public static TaxYearRules Create(TaxYearRules previousYear) => previousYear with
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
        EmploymentIncomeSource =
            "所得税法28条・190条・別表第五, 措置法29条の4 (令和8年改正); 令和8年分 年末調整のしかた 114.pdf pp.47–54, 102.pdf p.3",
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
        SingleParentChildIncomeLimit = 620_000,
        WorkingStudentIncomeLimit = 890_000,
        // Formula II for new-type 一般 premiums of an employee with a 扶養親族 under 23 (令和8年分 107.pdf pp.24–26).
        LifeInsuranceNewGeneralWithYoungDependant = new PremiumFormula(30_000, 60_000, 15_000, 120_000, 30_000, 60_000),
        // [2ND] Both working parents may use the special for the same child whoever claims the 扶養控除 (措置法
        // 41条の15の5第1項, 措置法通達41の15の5-1, as cited by tax accountants); not in tax-rules.md — re-check the NTA
        // 令和8年分 年末調整のしかた 107.pdf pp.24–26 before release.
        LifeInsuranceYoungDependantIncludesOtherEarnersRelatives = true,
    };
}
