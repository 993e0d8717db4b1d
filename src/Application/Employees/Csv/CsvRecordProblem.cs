namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>Why a record broke RFC 4180, as the parser saw it.</summary>
public enum CsvRecordProblem
{
    None,
    UnterminatedQuote,
    StrayQuote,
    TextAfterClosingQuote,
}
