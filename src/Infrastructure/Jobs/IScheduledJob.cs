namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>A job run once per slot (by default the maintenance window), in its own DI scope with a system tenant context.</summary>
internal interface IScheduledJob
{
    string Name { get; }

    /// <summary>
    /// The slot open at <paramref name="utcNow"/>, or null when none is; <paramref name="maintenanceSlot"/> is the
    /// maintenance window's (its Japan date, or null outside it), which most jobs use as it is.
    /// </summary>
    string? SlotAt(DateTime utcNow, string? maintenanceSlot) => maintenanceSlot;

    /// <summary>Does the work; returns the number of rows affected (recorded in the ledger).</summary>
    Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken);
}
