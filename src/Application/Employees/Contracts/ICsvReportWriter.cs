namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>
/// Writes a simple report as CSV (UTF-8 with BOM, for Excel) through the module's CSV writer, every cell neutralised
/// against formula injection: for other modules' downloads such as the access log and the audit trail.
/// </summary>
public interface ICsvReportWriter
{
    Task<int> WriteAsync(Stream destination, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken);
}
