namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>The encodings Japanese HR files come in (forms-and-formats 4.2): UTF-8 with or without BOM, and CP932.</summary>
public enum CsvTextEncoding
{
    Utf8,
    Utf8WithBom,
    ShiftJis,
}
