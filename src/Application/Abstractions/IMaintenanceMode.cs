namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// the maintenance switch every node obeys. It lives in the database; a node may answer from a copy at most
/// <see cref="MaxStaleness"/> old, so one read serves many requests.
/// </summary>
public interface IMaintenanceMode
{
    static readonly TimeSpan MaxStaleness = TimeSpan.FromSeconds(2);

    ValueTask<MaintenanceState> CurrentAsync(CancellationToken cancellationToken);

    Task SetAsync(MaintenanceState state, CancellationToken cancellationToken);
}
