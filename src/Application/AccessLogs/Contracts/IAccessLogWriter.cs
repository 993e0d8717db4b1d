using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Application.AccessLogs.Contracts;

/// <summary>
/// Takes access-log rows off the request path: <see cref="Enqueue"/> never waits on the database; rows are
/// written in batches and flushed on graceful shutdown (ADR 0008).
/// </summary>
public interface IAccessLogWriter
{
    /// <summary>Queues one row for writing.</summary>
    void Enqueue(AccessLog entry);

    /// <summary>Writes everything queued so far; used at shutdown and by tests.</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
