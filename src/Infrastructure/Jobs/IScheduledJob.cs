namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>A job run once per maintenance window, in its own DI scope with a system tenant context.</summary>
internal interface IScheduledJob
{
    string Name { get; }

    /// <summary>Does the work; returns the number of rows affected (recorded in the ledger).</summary>
    Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken);
}
