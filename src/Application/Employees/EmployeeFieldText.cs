using FluentValidation;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees;

/// <summary>
/// How each employee text field is normalised, shared by the CSV import and the edit screen, so that a value typed
/// on screen is stored exactly as an import of the same text would store it and an export re-imports unchanged
/// (ADR 0023). Values that would start a spreadsheet formula are refused by both.
/// </summary>
public static class EmployeeFieldText
{

    public static string Name(string? value) => JapaneseTextNormalizer.Normalize(value);

    public static string Kana(string? value) => JapaneseTextNormalizer.NormalizeKana(value);

    public static string Address(string? value) => JapaneseTextNormalizer.Normalize(value);

    public static string DepartmentName(string? value) => JapaneseTextNormalizer.Normalize(value);

    public static string Code(string? value) => JapaneseTextNormalizer.NormalizeCode(value);

    public static string Email(string? value) => JapaneseTextNormalizer.NormalizeCode(value);

    /// <summary>"1000001" and "〒100-0001" both become "100-0001".</summary>
    public static string PostalCode(string? value)
    {
        var text = JapaneseTextNormalizer.NormalizeCode(value).TrimStart('〒');
        return text.Length == 7 && text.All(char.IsAsciiDigit) ? $"{text[..3]}-{text[3..]}" : text;
    }

    /// <summary>Empty stays null, as an empty CSV cell does.</summary>
    public static string? Optional(string? value, Func<string?, string> normalize) =>
        normalize(value) is { Length: > 0 } text ? text : null;

    /// <summary>Refuses a value that, once normalised, would start a spreadsheet formula (string or string? properties).</summary>
    public static IRuleBuilderOptions<T, TText> NotFormula<T, TText>(this IRuleBuilder<T, TText> rule, Func<string?, string> normalize) =>
        rule.Must(value => !CsvFormulaGuard.LooksLikeFormula(normalize(value as string))).WithMessage(_ => Messages.Get(MessageKeys.ValidationFormulaStart));
}
