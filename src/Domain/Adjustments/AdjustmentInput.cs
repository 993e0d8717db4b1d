namespace YearEndAdjustment.Domain.Adjustments;

// One employee's figures for one tax year, as the payroll totals and the declarations give them. All amounts are
// whole yen and never negative.
public sealed class AdjustmentInput
{
    public required int TaxYear { get; init; }

    // Taxable salary and bonuses paid by this employer in the year (commuting allowance within the limit excluded).
    public required long SalaryPaid { get; init; }

    // Income tax actually withheld by this employer (2024: after the monthly 定額減税).
    public required long TaxWithheld { get; init; }

    public long SocialInsuranceWithheld { get; init; }

    // Premiums paid directly and declared on the 保険料控除申告書 (国民年金 etc.).
    public long SocialInsuranceDeclared { get; init; }

    // iDeCo, 小規模企業共済, 心身障害者扶養共済 (withheld or declared).
    public long SmallEnterpriseMutualAid { get; init; }

    // From the previous employer's 源泉徴収票 when submitted (mid-year hires).
    public long PreviousEmployerSalary { get; init; }

    public long PreviousEmployerTaxWithheld { get; init; }

    public long PreviousEmployerSocialInsurance { get; init; }

    // The 小規模企業共済等掛金 the previous employer withheld (the 「内」 figure of 社会保険料等の金額 on its
    // 源泉徴収票), kept apart from PreviousEmployerSocialInsurance so each deduction shows its own total.
    public long PreviousEmployerSmallEnterpriseMutualAid { get; init; }

    // Salary from payers whose pay is not adjusted here (a 乙欄 second job, a payer whose 源泉徴収票 was not
    // submitted): part of ① on the 基礎控除申告書, so it counts toward the employee's 合計所得金額 (給与所得 is
    // computed on all salaries together, 所得税法28条) but not toward the salary adjusted or the tax withheld.
    public long OtherPayersSalary { get; init; }

    // Non-salary 合計所得金額 the employee estimates on the 基礎控除申告書 (③ 給与所得以外の所得の合計額).
    public long OtherIncome { get; init; }

    public LifeInsurancePremiums LifeInsurance { get; init; }

    public long EarthquakePremium { get; init; }

    public long OldLongTermPremium { get; init; }

    // The credit computed on the 住宅借入金等特別控除申告書 (already floored to 100 yen on the form).
    public long HousingLoanCredit { get; init; }

    public SpouseInput? Spouse { get; init; }

    public IReadOnlyList<RelativeInput> Relatives { get; init; } = [];

    public DisabilityLevel Disability { get; init; }

    public WidowStatus Widow { get; init; }

    // Declared as unmarried single parent; the child and income conditions are checked here.
    public bool IsSingleParent { get; init; }

    public bool IsWorkingStudent { get; init; }

    public WithholdingColumn WithholdingColumn { get; init; }

    public EmploymentStatus EmploymentStatus { get; init; }

    public bool IsNonResident { get; init; }

    // Withholding was deferred or relieved under 災害減免法 for the year.
    public bool HasDisasterRelief { get; init; }

    // Date ages and status are judged on: December 31, or the day of death / departure abroad.
    public DateOnly? ReferenceDate { get; init; }
}
