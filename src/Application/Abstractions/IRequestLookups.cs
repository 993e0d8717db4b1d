namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The reads that run on every request of a tenant, as precompiled, untracked, indexed queries (ADR 0028). Both are
/// tenant-filtered like every other read.
/// </summary>
public interface IRequestLookups
{
    /// <summary>The session joined to its account: one primary-key lookup each, one round trip.</summary>
    Task<SessionLookup?> FindSessionAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>The current tenant's settings version (-1 when it has no settings row): the stamp that invalidates cached settings.</summary>
    Task<int> SettingsVersionAsync(CancellationToken cancellationToken);
}
