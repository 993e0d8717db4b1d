namespace YearEndAdjustment.Infrastructure.Jobs;

internal sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off in tests and on nodes that must not run jobs.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>R-22: weekdays 02:00–02:30 Japan time.</summary>
    public TimeSpan WindowStart { get; set; } = new(2, 0, 0);

    public TimeSpan WindowEnd { get; set; } = new(2, 30, 0);

    /// <summary>A claim not completed within this time is taken over by another node (or the next poll).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a node looks for queued background jobs (ADR 0032).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A running background job whose node stopped renewing this lease is taken over by another node.</summary>
    public TimeSpan QueueLease { get; set; } = TimeSpan.FromMinutes(2);
}
