namespace YearEndAdjustment.Infrastructure.AccessLogs;

internal sealed class AccessLogOptions
{
    public const string Section = "AccessLog";

    public int BatchSize { get; set; } = 500;

    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Pause between drains, so bursts are written as a few large batches rather than many small ones.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Kept this many days, then deleted by the retention job .</summary>
    public int RetentionDays { get; set; } = 90;
}
