namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>Writes RFC 4180 rows (CRLF) straight to the destination stream; nothing is buffered beyond a small block.</summary>
public interface ICsvFileWriter : IAsyncDisposable
{
    void WriteRow(IReadOnlyList<string> cells);

    ValueTask FlushAsync(CancellationToken cancellationToken = default);
}
