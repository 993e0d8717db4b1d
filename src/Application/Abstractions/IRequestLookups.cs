using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The reads that run on every request of a tenant, as precompiled, untracked, indexed queries (ADR 0028). Both are
/// tenant-filtered like every other read.
/// </summary>
public interface IRequestLookups
{
    /// <summary>The session joined to its account: one primary-key lookup each, one round trip.</summary>
    Task<SessionLookup?> FindSessionAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// The current tenant's two stamps in one read: its settings version (-1 when it has no settings row), which
    /// invalidates cached settings, and its sessions version (ADR 0060), which invalidates cached sessions.
    /// </summary>
    Task<RequestVersions> VersionsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The newest change to the current tenant's declarations of each given year (null when it has none), in the given
    /// order: one index seek per year, in one precompiled statement (ADR 0062).
    /// </summary>
    Task<DateTime?[]> NewestDeclarationChangesAsync(IReadOnlyList<int> taxYears, CancellationToken cancellationToken);

    /// <summary>The newest change to the current tenant's employees (null when it has none): the department list's stamp.</summary>
    Task<DateTime?> NewestEmployeeChangeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// An employee's declaration of a year, untracked, for the flow's pages (one per step view, ADR 0062). Asked again in
    /// the same scope before it saves anything, it returns the same instance without a second read (ADR 0063): callers
    /// only read it.
    /// </summary>
    Task<Domain.Declarations.Declaration?> FindDeclarationAsync(EmployeeId employeeId, int taxYear, CancellationToken cancellationToken);

    /// <summary>
    /// An employee's declaration of a year, tracked by this scope's context so that its changes are saved with the
    /// version it was read at (the concurrency check). One already tracked is returned as it is. ADR 0066: on SQLite
    /// it is read by a kept statement and attached, as EF's own tracked read would leave it.
    /// </summary>
    Task<Domain.Declarations.Declaration?> FindDeclarationToChangeAsync(EmployeeId employeeId, int taxYear, CancellationToken cancellationToken);

    /// <summary>
    /// An employee's imported payroll totals of a year (null when none were imported), for the live estimate on the
    /// flow's summary, assisted entry and review (ADR 0063).
    /// </summary>
    Task<Domain.Employees.PayrollAmounts?> PayrollAmountsAsync(EmployeeId employeeId, int taxYear, CancellationToken cancellationToken);
}

/// <summary>See <see cref="IRequestLookups.VersionsAsync"/>.</summary>
public readonly record struct RequestVersions(int Settings, int Sessions);
