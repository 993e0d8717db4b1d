using System.Text.RegularExpressions;

namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>
/// R-33 (CSV injection, OWASP): a cell starting with =, +, -, @, tab or carriage return is run as a formula by
/// spreadsheet programs. Exports prefix such cells with an apostrophe; imports refuse such text, so stored data never
/// starts with them and an export re-imports unchanged. A plain signed number such as -1200 or -0.5 is left alone:
/// spreadsheets read it as a number, not a formula, and an apostrophe would turn amounts into text.
/// </summary>
public static partial class CsvFormulaGuard
{
    public const string ImportMessage = "「=」「+」「-」「@」やタブで始まる値は、表計算ソフトで数式として実行されるおそれがあるため取り込めません。";

    public static bool LooksLikeFormula(string? value) =>
        !string.IsNullOrEmpty(value) && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Neutralize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return LooksLikeFormula(value) && !PlainNumber().IsMatch(value) ? "'" + value : value;
    }

    [GeneratedRegex(@"^-\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
