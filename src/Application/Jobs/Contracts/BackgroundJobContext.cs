namespace YearEndAdjustment.Application.Jobs.Contracts;

/// <summary>What a handler gets: the job's payload, whether this is a repeat, and where to report progress.</summary>
public sealed class BackgroundJobContext(Guid jobId, string payload, int attempt, IProgress<BackgroundJobProgress> progress)
{
    public Guid JobId { get; } = jobId;

    public string Payload { get; } = payload;

    /// <summary>1 on the first run; higher when the job is taken over after a node stopped.</summary>
    public int Attempt { get; } = attempt;

    public void Report(string stage, long done, long total) => progress.Report(new BackgroundJobProgress(stage, done, total));
}
