namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>
/// One problem of an uploaded file: the physical line it starts on (0 for the file as a whole), the column's header
/// name when it concerns one cell, and a plain Japanese message that never repeats the cell's value.
/// </summary>
public sealed record CsvImportIssue(long Line, string? Column, string Message)
{
    public override string ToString() => Line == 0 ? Message : Column is null ? $"{Line}行目: {Message}" : $"{Line}行目「{Column}」: {Message}";
}
