namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 令和7年分 (tax-rules.md §2, 2025 column) = 2024 amended by the 令和7年度税制改正 (in force 2025-12-01, applies to
// the whole of 2025): minimum deduction 650,000, four-tier basic-deduction addition, 580,000 limits, 特定親族特別控除,
// and no more 定額減税.
internal static class TaxYear2025Rules
{
    public static TaxYearRules Create(TaxYearRules previousYear) => previousYear with
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
        // 特定親族特別控除 (NTA Q&A 0025005-051, 令和8年分 115.pdf p.56). Looked up only for incomes above the
        // dependant limit, so the first row starts at 580,001 here and 620,001 in 2026.
        SpecificRelativeDeduction = new BracketTable(
            new Bracket(850_000, 630_000),
            new Bracket(900_000, 610_000),
            new Bracket(950_000, 510_000),
            new Bracket(1_000_000, 410_000),
            new Bracket(1_050_000, 310_000),
            new Bracket(1_100_000, 210_000),
            new Bracket(1_150_000, 110_000),
            new Bracket(1_200_000, 60_000),
            new Bracket(1_230_000, 30_000)),
        SingleParentChildIncomeLimit = 580_000,
        WorkingStudentIncomeLimit = 850_000,
        FlatTaxCutPerPerson = 0,
        FlatTaxCutRelativeIncomeLimit = 0,
    };
}
