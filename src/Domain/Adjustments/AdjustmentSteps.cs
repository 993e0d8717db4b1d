namespace YearEndAdjustment.Domain.Adjustments;

// The steps of tax-rules.md §1 in pipeline order, with the rule each applies.
public static class AdjustmentSteps
{
    public static readonly AdjustmentStep SalaryTotal = new(
        "salary_total", "給与等の総額", "Total salary and bonuses",
        "所得税法190条 (前職分を含む); NTA No.2662");

    public static readonly AdjustmentStep WithheldTaxTotal = new(
        "withheld_tax_total", "源泉徴収税額の合計", "Total tax withheld",
        "所得税法190条; NTA No.2662");

    public static readonly AdjustmentStep NotAdjusted = new(
        "not_adjusted", "年末調整の対象外", "Not subject to year-end adjustment",
        "所得税法190条; NTA No.2665");

    public static readonly AdjustmentStep EmploymentIncome = new(
        "employment_income", "給与所得控除後の給与等の金額", "Salary after employment-income deduction",
        "所得税法28条・190条・別表第五");

    public static readonly AdjustmentStep IncomeAdjustmentDeduction = new(
        "income_adjustment_deduction", "所得金額調整控除", "Income adjustment deduction",
        "措置法41条の3の11第1項");

    public static readonly AdjustmentStep SalaryIncome = new(
        "salary_income", "給与所得の金額", "Employment income",
        "所得税法28条; 措置法41条の3の11");

    public static readonly AdjustmentStep TotalIncome = new(
        "total_income", "合計所得金額 (見積額)", "Total income (estimate)",
        "基礎控除申告書; NTA No.1199");

    public static readonly AdjustmentStep SocialInsuranceDeduction = new(
        "social_insurance_deduction", "社会保険料控除", "Social insurance premium deduction",
        "所得税法74条");

    public static readonly AdjustmentStep SmallEnterpriseMutualAidDeduction = new(
        "small_enterprise_mutual_aid_deduction", "小規模企業共済等掛金控除", "Small-enterprise mutual aid deduction",
        "所得税法75条");

    public static readonly AdjustmentStep LifeInsuranceDeduction = new(
        "life_insurance_deduction", "生命保険料控除", "Life insurance premium deduction",
        "所得税法76条; NTA No.1140");

    public static readonly AdjustmentStep EarthquakeInsuranceDeduction = new(
        "earthquake_insurance_deduction", "地震保険料控除", "Earthquake insurance premium deduction",
        "所得税法77条; NTA No.1145");

    public static readonly AdjustmentStep SpouseDeduction = new(
        "spouse_deduction", "配偶者控除", "Spouse deduction",
        "所得税法83条; NTA No.1191");

    public static readonly AdjustmentStep SpouseSpecialDeduction = new(
        "spouse_special_deduction", "配偶者特別控除", "Special spouse deduction",
        "所得税法83条の2; NTA No.1195");

    public static readonly AdjustmentStep SpecificRelativeDeduction = new(
        "specific_relative_deduction", "特定親族特別控除", "Specific relative special deduction",
        "令和7年度税制改正; NTA 令和7年度改正Q&A 0025005-051, 令和8年分 年末調整のしかた 115.pdf p.56");

    public static readonly AdjustmentStep DependantDeduction = new(
        "dependant_deduction", "扶養控除", "Dependant deduction",
        "所得税法84条; 措置法41条の16");

    public static readonly AdjustmentStep DisabilityDeduction = new(
        "disability_deduction", "障害者控除", "Disability deduction",
        "所得税法79条");

    public static readonly AdjustmentStep WidowDeduction = new(
        "widow_deduction", "寡婦控除", "Widow deduction",
        "所得税法80条");

    public static readonly AdjustmentStep SingleParentDeduction = new(
        "single_parent_deduction", "ひとり親控除", "Single parent deduction",
        "所得税法81条");

    public static readonly AdjustmentStep WorkingStudentDeduction = new(
        "working_student_deduction", "勤労学生控除", "Working student deduction",
        "所得税法82条");

    public static readonly AdjustmentStep BasicDeduction = new(
        "basic_deduction", "基礎控除", "Basic deduction",
        "所得税法86条");

    public static readonly AdjustmentStep TotalDeductions = new(
        "total_deductions", "所得控除額の合計", "Total income deductions",
        "所得税法87条 (所得控除の順序); NTA No.2662");

    public static readonly AdjustmentStep TaxableIncome = new(
        "taxable_income", "課税給与所得金額", "Taxable employment income",
        "国税通則法118条1項 (1,000円未満切捨て); NTA No.2662");

    public static readonly AdjustmentStep ComputedTax = new(
        "computed_tax", "算出所得税額", "Computed income tax",
        "所得税法89条; 年末調整のための算出所得税額の速算表");

    public static readonly AdjustmentStep HousingLoanCredit = new(
        "housing_loan_credit", "住宅借入金等特別控除額", "Housing-loan credit",
        "措置法41条・41条の2の2 (算出所得税額が限度)");

    public static readonly AdjustmentStep TaxAfterHousingLoanCredit = new(
        "tax_after_housing_loan_credit", "年調所得税額", "Income tax after housing-loan credit",
        "NTA No.2662");

    public static readonly AdjustmentStep FlatTaxCut = new(
        "flat_tax_cut", "年調減税額 (定額減税)", "Flat-amount tax cut",
        "令和6年度税制改正 定額減税; NTA 令和6年分 年末調整のしかた 02.pdf pp.3–4, FAQ 0024001-021");

    public static readonly AdjustmentStep FlatTaxCutUnabsorbed = new(
        "flat_tax_cut_unabsorbed", "控除外額 (定額減税)", "Flat-amount tax cut not absorbed",
        "NTA 定額減税 FAQ 0024001-021 (源泉徴収票の摘要に記載)");

    public static readonly AdjustmentStep TaxAfterFlatTaxCut = new(
        "tax_after_flat_tax_cut", "年調所得税額 (定額減税後)", "Income tax after flat-amount tax cut",
        "NTA 令和6年分 年末調整のしかた 11.pdf");

    public static readonly AdjustmentStep AnnualTax = new(
        "annual_tax", "年調年税額", "Annual tax (incl. reconstruction surtax)",
        "復興財源確保法13条 (102.1%), 100円未満切捨て; NTA No.2662");

    public static readonly AdjustmentStep Difference = new(
        "difference", "過不足額", "Difference (negative: refund, positive: collect)",
        "所得税法191条・192条; NTA No.2675");
}
