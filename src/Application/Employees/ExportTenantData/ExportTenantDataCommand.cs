using Mediator;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.ExportTenantData;

/// <summary>
/// all of the tenant's data as a ZIP of one CSV per kind plus a manifest (counts and SHA-256 of each file),
/// for safekeeping before the contract ends and for audits. Written to <paramref name="Destination"/> row by row,
/// so memory does not grow with the tenant. My Numbers are never in this archive (the employee export, with its
/// own permission and audit, is the way to take them out). A command: the export is audited.
/// </summary>
public sealed record ExportTenantDataCommand(Stream Destination, CsvTextEncoding Encoding = CsvTextEncoding.Utf8WithBom) : ICommand<TenantExportResult>;
