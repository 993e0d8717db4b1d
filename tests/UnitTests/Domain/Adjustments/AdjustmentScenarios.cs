using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// Inputs of the worked examples of tax-rules.md §16, and small builders for boundary tests.
internal static class AdjustmentScenarios
{
    // A birth date that gives the stated age at December 31 of the year (mid-year birthday, far from any edge).
    public static DateOnly BornAged(int taxYear, int age) => new(taxYear - age, 6, 15);

    // Example 1 inputs (NTA 令和8年分 設例, 110rei.pdf), usable under any year's rules (Examples 6 and 9).
    public static AdjustmentInput NtaExample(int taxYear) => new()
    {
        TaxYear = taxYear,
        SalaryPaid = 8_970_000,
        TaxWithheld = 156_670,
        SocialInsuranceWithheld = 1_386_102,
        LifeInsurance = new LifeInsurancePremiums(
            NewGeneral: 80_000, OldGeneral: 35_000, CareMedical: 80_000, NewPension: 30_000, OldPension: 90_000),
        EarthquakePremium = 42_000,
        OldLongTermPremium = 14_800,
        HousingLoanCredit = 76_500,
        Spouse = new SpouseInput { BirthDate = BornAged(taxYear, 45), TotalIncome = 500_000 },
        Relatives =
        [
            // 一般 (16–18), the one 一般障害者 among the dependants.
            new RelativeInput { BirthDate = BornAged(taxYear, 17), TotalIncome = 0, Disability = DisabilityLevel.General, IsChild = true },
            // 特定扶養親族 (19–22), no income: also the 扶養親族 under 23.
            new RelativeInput { BirthDate = BornAged(taxYear, 20), TotalIncome = 0, IsChild = true },
            // 同居老親等.
            new RelativeInput { BirthDate = BornAged(taxYear, 75), TotalIncome = 0, IsLinealAscendant = true, LivesWithEmployee = true },
            // 特定親族 with 合計所得 1,000,000.
            new RelativeInput { BirthDate = BornAged(taxYear, 21), TotalIncome = 1_000_000, IsChild = true },
        ],
    };

    public static AdjustmentInput Single(int taxYear, long salary, long withheld, long socialInsurance) => new()
    {
        TaxYear = taxYear,
        SalaryPaid = salary,
        TaxWithheld = withheld,
        SocialInsuranceWithheld = socialInsurance,
    };

    // Salary 0 makes 合計所得金額 equal to the declared other income, which isolates income-keyed tables.
    public static AdjustmentInput WithTotalIncome(int taxYear, long totalIncome) => new()
    {
        TaxYear = taxYear,
        SalaryPaid = 0,
        TaxWithheld = 0,
        OtherIncome = totalIncome,
    };
}
