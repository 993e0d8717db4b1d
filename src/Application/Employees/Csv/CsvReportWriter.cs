using YearEndAdjustment.Application.Employees.Contracts;

namespace YearEndAdjustment.Application.Employees.Csv;

public sealed class CsvReportWriter(ICsvFileWriterFactory writers) : ICsvReportWriter
{
    public async Task<int> WriteAsync(Stream destination, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var writer = writers.Create(destination, CsvTextEncoding.Utf8WithBom);
        writer.WriteRow(header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            writer.WriteRow(row.Select(CsvFormulaGuard.Neutralize).ToList());
            if (++count % 1000 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }
}
