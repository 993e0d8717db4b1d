namespace YearEndAdjustment.Application.Jobs.GetBackgroundJob;

public sealed record BackgroundJobDto(
    Guid Id,
    string Kind,
    string State,
    string? Stage,
    long Done,
    long Total,
    string? Result,
    string? ErrorCode,
    int Attempts,
    DateTime CreatedAtUtc,
    DateTime? FinishedAtUtc)
{
    public bool IsFinished => State is "Succeeded" or "Failed";

    /// <summary>Whole percent of the current stage, when its total is known.</summary>
    public int? Percent => Total > 0 ? (int)Math.Clamp(Done * 100 / Total, 0, 100) : null;
}
