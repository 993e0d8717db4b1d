using Mediator;

namespace YearEndAdjustment.Application.Employees.StartEmployeeImport;

/// <summary>
/// Confirms a previewed employee CSV: queues the import of the kept upload <paramref name="UploadId"/> as a
/// background job any node may run (ADR 0051); returns the job's id for its progress page.
/// <paramref name="ExpectedFingerprint"/>, from the preview, makes sure the imported file is the previewed one.
/// </summary>
public sealed record StartEmployeeImportCommand(string UploadId, string? ExpectedFingerprint) : ICommand<Guid>;
