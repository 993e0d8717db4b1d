using Mediator;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.ExportYearEndResults;

/// <summary>
/// The results file for payroll (issue 12 item 7; layout in docs/csv-formats.md): one row per approved, calculated
/// employee of the year in scope, streamed to <paramref name="Destination"/>. Refused while any result is stale.
/// Audited; a command because it writes the audit trail.
/// </summary>
public sealed record ExportResultsCommand(int TaxYear, Stream Destination, CsvTextEncoding Encoding = CsvTextEncoding.Utf8WithBom) : ICommand<ResultsExportResult>;

/// <summary>When <see cref="Written"/> is false nothing was written; <see cref="Problems"/> names cells Shift_JIS cannot hold.</summary>
public sealed record ResultsExportResult(bool Written, int RowCount, IReadOnlyList<CsvImportIssue> Problems);
