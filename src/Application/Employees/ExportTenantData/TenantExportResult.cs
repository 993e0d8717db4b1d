using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.ExportTenantData;

/// <summary>When <see cref="Written"/> is false the archive must be discarded: <see cref="Problems"/> lists cells the encoding cannot hold.</summary>
public sealed record TenantExportResult(bool Written, IReadOnlyList<TenantExportFile> Files, IReadOnlyList<CsvImportIssue> Problems);
