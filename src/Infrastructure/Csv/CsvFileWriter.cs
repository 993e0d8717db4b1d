using CsvHelper;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Infrastructure.Csv;

internal sealed class CsvFileWriter(CsvWriter writer) : ICsvFileWriter
{
    public void WriteRow(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            writer.WriteField(cells[i]);
        }

        writer.EndRecord();
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
