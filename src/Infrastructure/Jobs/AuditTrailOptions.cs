namespace YearEndAdjustment.Infrastructure.Jobs;

internal sealed class AuditTrailOptions
{
    public const string Section = "AuditTrail";

    /// <summary>R-21: audit rows are kept this many days, then deleted by the retention job.</summary>
    public int RetentionDays { get; set; } = 400;
}
