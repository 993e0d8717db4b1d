using System.Text;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Domain.Outputs;

namespace YearEndAdjustment.Infrastructure.Outputs.UnifiedCsv;

// Writes the 統一CSV: Shift_JIS (the MIC standard for disc submission [E3]; PCdesk's UTF-8 acceptance is not
// official), CRLF, no header row ([C6]), every record the year's column count. A character Shift_JIS lacks becomes
// 「？」 rather than failing the whole file; names are checked on entry (JIS level 1–2 is the filing rule).
internal sealed class UnifiedCsvWriter : IUnifiedCsvWriter
{
    private static readonly Encoding ShiftJis = CreateEncoding();

    public async Task<UnifiedCsvSummary> WriteAsync(
        UnifiedCsvHeader header, IAsyncEnumerable<UnifiedCsvEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        var layout = UnifiedCsvLayout.For(header.TaxYear);
        var thresholds = TaxOfficeSubmissionThresholds.For(header.TaxYear);
        var record = new UnifiedCsvRecord(layout);
        var totals = new SortedDictionary<string, MunicipalityTotals>(StringComparer.Ordinal);
        var count = 0;
        var line = new StringBuilder(1024);

        await using var writer = new StreamWriter(output, ShiftJis, 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (entry.Slip.TaxYear != header.TaxYear)
            {
                throw new ArgumentException("Every slip of one 統一CSV must be of the file's tax year.", nameof(entries));
            }

            var toTaxOffice = thresholds.Requires(entry.Slip, entry.IsOfficer);
            record.Fill(header, entry, toTaxOffice);
            line.Clear();
            var values = record.Values;
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(values[i]);
            }

            await writer.WriteLineAsync(line, cancellationToken);
            count++;
            totals[entry.MunicipalityCode] = totals.TryGetValue(entry.MunicipalityCode, out var t)
                ? t with
                {
                    Employees = t.Employees + 1,
                    TaxOfficeCopies = t.TaxOfficeCopies + (toTaxOffice ? 1 : 0),
                    PaymentTotal = t.PaymentTotal + entry.Slip.PaymentAmount,
                    WithholdingTaxTotal = t.WithholdingTaxTotal + entry.Slip.WithholdingTax,
                }
                : new MunicipalityTotals(entry.MunicipalityCode, 1, toTaxOffice ? 1 : 0, entry.Slip.PaymentAmount, entry.Slip.WithholdingTax);
        }

        await writer.FlushAsync(cancellationToken);
        return new UnifiedCsvSummary(count, [.. totals.Values]);
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, new EncoderReplacementFallback("？"), DecoderFallback.ExceptionFallback);
    }
}
