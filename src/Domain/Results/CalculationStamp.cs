using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Domain.Results;

/// <summary>
/// What a result was computed from, as cheap comparable values: the declaration's Version, the payroll total's
/// Version and update time, and the employee's leave date (it decides 年末調整の対象外 for leavers). A result whose
/// stamp no longer matches the live rows is stale; comparing these needs no recomputation and runs in SQL.
/// </summary>
public sealed record CalculationStamp(DeclarationId DeclarationId, int DeclarationVersion, int PayrollVersion, DateTime PayrollUpdatedAtUtc, DateOnly? LeaveDate);
