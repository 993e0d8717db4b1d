namespace YearEndAdjustment.Domain.Declarations;

// 住宅借入金等特別控除区分 printed on the form (住 / 認 / 増 / 震, forms-and-formats.md §1.4).
public enum HousingLoanCategory
{
    General,
    Certified,
    SpecifiedRenovation,
    EarthquakeRetrofit,
}
