using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// Payroll totals CSV (Y-02), one row per employee for one tax year. Names follow forms-and-formats 4.3 (給与・賞与の
/// 支給額, 源泉所得税額, 社会保険料等, 前職分) with the aliases payroll packages print, e.g. 支払金額(給与).
/// </summary>
public static class PayrollCsvLayout
{
    public static readonly CsvColumn Number = new("社員番号", true, "従業員番号", "社員コード", "従業員コード");
    public static readonly CsvColumn TaxYear = new("年分", false, "対象年");
    public static readonly CsvColumn SalaryPaid = new("給与支給額", true, "支払金額(給与)", "給与支給額合計", "給与支給額合計(課税分)", "給与支給総額", "給与");
    public static readonly CsvColumn BonusPaid = new("賞与支給額", false, "支払金額(賞与)", "賞与支給額合計", "賞与支給総額", "賞与");
    public static readonly CsvColumn TaxWithheld = new("源泉徴収税額", true, "源泉所得税額", "源泉徴収税額合計", "所得税");
    public static readonly CsvColumn SocialInsurance = new("社会保険料等", true, "社会保険料", "社会保険料等の金額", "社会保険料合計");
    public static readonly CsvColumn PreviousSalaryPaid = new("前職支払金額", false, "前職分支払金額", "前職支払金額(給与)");
    public static readonly CsvColumn PreviousTaxWithheld = new("前職源泉徴収税額", false, "前職分源泉徴収税額", "前職源泉所得税額");
    public static readonly CsvColumn PreviousSocialInsurance = new("前職社会保険料等", false, "前職社会保険料", "前職分社会保険料等");

    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        Number, TaxYear, SalaryPaid, BonusPaid, TaxWithheld, SocialInsurance, PreviousSalaryPaid, PreviousTaxWithheld, PreviousSocialInsurance,
    ];
}
