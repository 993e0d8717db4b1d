using Mediator;
using YearEndAdjustment.Application.Outputs.Contracts;

namespace YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;

/// <summary>The year's eLTAX 統一CSV written to <paramref name="Destination"/>: approved, calculated, current results only.</summary>
public sealed record ExportUnifiedCsvCommand(int TaxYear, Stream Destination) : ICommand<UnifiedCsvExportResult>;

/// <summary>What was written, with the 総括表 figures per municipality for the admin.</summary>
public sealed record UnifiedCsvExportResult(UnifiedCsvSummary Summary, bool HasMyNumbers);
