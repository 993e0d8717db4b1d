namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>Why a record broke RFC 4180, as the parser saw it, or holds a character no payroll system can print.</summary>
public enum CsvRecordProblem
{
    None,
    UnterminatedQuote,
    StrayQuote,
    TextAfterClosingQuote,

    /// <summary>
    /// A user-defined character (外字: CP932 lead bytes F0–F9, or U+E000–U+F8FF in UTF-8): tax-office and payroll
    /// systems cannot print it, so it must not be stored.
    /// </summary>
    PrivateUseCharacter,
}
