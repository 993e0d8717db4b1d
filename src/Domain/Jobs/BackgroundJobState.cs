namespace YearEndAdjustment.Domain.Jobs;

public enum BackgroundJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
