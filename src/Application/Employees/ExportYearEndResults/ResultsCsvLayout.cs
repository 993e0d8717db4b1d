using System.Globalization;
using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Application.Employees.ExportYearEndResults;

/// <summary>
/// The results file's columns (docs/csv-formats.md): Japanese headers as on the 源泉徴収票 where one exists; amounts
/// as plain integers (no separators, no yen sign) so payroll systems read them as numbers.
/// </summary>
public static class ResultsCsvLayout
{
    public const string Adjusted = "年調済";
    public const string NotAdjusted = "年調対象外";

    public static readonly string[] Header =
    [
        "社員番号", "氏名", "年分", "状態", "年調対象外の理由",
        "支払金額", "給与所得控除後の金額", "所得金額調整控除額", "所得控除の額の合計額", "源泉徴収税額",
        "社会保険料等の金額", "小規模企業共済等掛金の額", "生命保険料の控除額", "地震保険料の控除額",
        "配偶者控除の区分", "配偶者（特別）控除の額", "特定親族特別控除の額", "扶養控除の額", "障害者控除の額",
        "寡婦控除の額", "ひとり親控除の額", "勤労学生控除の額", "基礎控除の額",
        "課税給与所得金額", "算出所得税額", "住宅借入金等特別控除の額", "定額減税額（控除額）", "控除外額",
        "年調年税額", "過不足額", "還付額", "徴収額",
    ];

    public static string[] Cells(ResultsCsvRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            r.Number, r.Name, Num(r.TaxYear), r.NotAdjustedReason == NotAdjustedReason.None ? Adjusted : NotAdjusted,
            r.NotAdjustedReason == NotAdjustedReason.None ? "" : Code(r.NotAdjustedReason),
            Num(r.SalaryTotal), Num(r.EmploymentIncome), Num(r.IncomeAdjustmentDeduction), Num(r.TotalDeductions), Num(r.WithheldTaxTotal),
            Num(r.SocialInsuranceDeduction), Num(r.SmallEnterpriseMutualAidDeduction), Num(r.LifeInsuranceDeduction), Num(r.EarthquakeInsuranceDeduction),
            SpouseKind(r.SpouseDeductionKind), Num(r.SpouseDeduction), Num(r.SpecificRelativeDeduction), Num(r.DependantDeduction), Num(r.DisabilityDeduction),
            Num(r.WidowDeduction), Num(r.SingleParentDeduction), Num(r.WorkingStudentDeduction), Num(r.BasicDeduction),
            Num(r.TaxableIncome), Num(r.ComputedTax), Num(r.HousingLoanCredit), Num(r.FlatTaxCutApplied), Num(r.FlatTaxCutUnabsorbed),
            Num(r.AnnualTax), Num(r.Difference), Num(r.Difference < 0 ? -r.Difference : 0), Num(r.Difference > 0 ? r.Difference : 0),
        ];
    }

    /// <summary>The calc JSON's codes (docs/calc-json.md), so both outputs name a reason the same way.</summary>
    public static string Code(NotAdjustedReason reason) => reason switch
    {
        NotAdjustedReason.SalaryOverCeiling => "salary_over_ceiling",
        NotAdjustedReason.SecondaryColumn => "secondary_column",
        NotAdjustedReason.DailyColumn => "daily_column",
        NotAdjustedReason.NonResident => "non_resident",
        NotAdjustedReason.DisasterRelief => "disaster_relief",
        NotAdjustedReason.LeftDuringYear => "left_during_year",
        _ => "",
    };

    private static string SpouseKind(SpouseDeductionKind kind) => kind switch
    {
        SpouseDeductionKind.None => "",
        _ => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..],
    };

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The columns an export reads, projected in SQL (no trace, no tracking).</summary>
public sealed record ResultsCsvRow(
    string Number, string Name, int TaxYear, NotAdjustedReason NotAdjustedReason,
    long SalaryTotal, long EmploymentIncome, long IncomeAdjustmentDeduction, long TotalDeductions, long WithheldTaxTotal,
    long SocialInsuranceDeduction, long SmallEnterpriseMutualAidDeduction, long LifeInsuranceDeduction, long EarthquakeInsuranceDeduction,
    SpouseDeductionKind SpouseDeductionKind, long SpouseDeduction, long SpecificRelativeDeduction, long DependantDeduction, long DisabilityDeduction,
    long WidowDeduction, long SingleParentDeduction, long WorkingStudentDeduction, long BasicDeduction,
    long TaxableIncome, long ComputedTax, long HousingLoanCredit, long FlatTaxCutApplied, long FlatTaxCutUnabsorbed,
    long AnnualTax, long Difference);
