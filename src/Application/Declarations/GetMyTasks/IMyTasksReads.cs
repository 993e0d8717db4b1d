using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

/// <summary>
/// The employee home's two reads, precompiled per provider (ADR 0063): every employee opens this page first, in the
/// same weeks. Tenant-filtered like every read; the employee is the signed-in account's own.
/// </summary>
public interface IMyTasksReads
{
    /// <summary>Declarations still to do (not approved, or approved with assisted edits to confirm), newest year first.</summary>
    Task<List<OpenDeclarationRow>> OpenDeclarationsAsync(EmployeeId employee, CancellationToken cancellationToken);

    /// <summary>Published year-end results, newest year first.</summary>
    Task<List<MyPublishedResultDto>> PublishedResultsAsync(EmployeeId employee, CancellationToken cancellationToken);
}

/// <summary>One row of <see cref="IMyTasksReads.OpenDeclarationsAsync"/>.</summary>
public sealed record OpenDeclarationRow(TaxYear TaxYear, DeclarationStatus Status, DateOnly? Deadline, bool AssistedEditsPending);
