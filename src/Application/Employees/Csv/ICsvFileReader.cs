namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>
/// Reads an uploaded CSV (implemented with CsvHelper in Infrastructure, ADR 0022): enforces the size limit, detects
/// the encoding (BOM → UTF-8; valid UTF-8 → UTF-8; otherwise strict CP932) and parses RFC 4180 records.
/// Throws <see cref="CsvFileRejectedException"/> when the file cannot be read at all.
/// </summary>
public interface ICsvFileReader
{
    Task<CsvDocument> OpenAsync(Stream content, CancellationToken cancellationToken = default);
}
