namespace YearEndAdjustment.Domain.Declarations;

// 所得税法77条: 地震保険料, or 旧長期損害保険料 (long-term contracts before 2007). A contract qualifying for both is
// entered under the kind the employee chose.
public enum EarthquakeInsuranceKind
{
    Earthquake,
    OldLongTerm,
}
