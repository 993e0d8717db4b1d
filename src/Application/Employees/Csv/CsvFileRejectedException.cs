namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>The upload cannot be read as CSV at all (empty, too large, not text, wrong encoding); the message says what to do.</summary>
public sealed class CsvFileRejectedException(string message, long line = 0) : Exception(message)
{
    public long Line { get; } = line;
}
