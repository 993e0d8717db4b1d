namespace YearEndAdjustment.Application.Jobs.Contracts;

/// <summary>
/// Runs one kind of queued job (ADR 0032). It runs inside the job's tenant, as the account that asked for it, in
/// a fresh scope; it may be run again after a node died mid-way, so it must either commit everything at once or be
/// safe to repeat (skip what an earlier attempt finished). Progress goes through <see cref="BackgroundJobContext"/>.
/// </summary>
public interface IBackgroundJobHandler
{
    /// <summary>The job kind this handler runs, e.g. <c>declarations.open-year</c>.</summary>
    string Kind { get; }

    /// <summary>Does the work; returns a short summary (JSON, no personal data) for the progress page.</summary>
    Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken);
}
