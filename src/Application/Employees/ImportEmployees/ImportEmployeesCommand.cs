using Mediator;
using YearEndAdjustment.Application.Employees.Import;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

/// <summary>
/// Confirms an employee CSV import: upserts by 社員番号 in one transaction, or writes nothing when any row is
/// invalid. <paramref name="ExpectedFingerprint"/>, from the preview, makes sure the confirmed file is the previewed one.
/// <paramref name="Progress"/> hears where a long import is (the import screen shows it). <paramref name="JobId"/>, when
/// a queued job runs the import, is written into the import's audit entry, in the same transaction: a node taking the
/// job over after a crash finds there whether an earlier attempt already committed (ADR 0051).
/// </summary>
public sealed record ImportEmployeesCommand(
    Stream Content,
    string? ExpectedFingerprint = null,
    IProgress<EmployeeImportProgress>? Progress = null,
    Guid? JobId = null) : ICommand<EmployeeImportResult>;
