namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// The job ledger (ADR 0014): one row per job and scheduled slot. Its unique key lets exactly one node claim a slot;
/// a claim whose lease ran out without completing is taken over, so an interrupted run is finished. Operator-side
/// bookkeeping: it holds counts, never tenant data, so it is deliberately not tenant-owned.
/// </summary>
internal sealed class JobRun
{
    private JobRun()
    {
        JobName = null!;
        SlotKey = null!;
        ClaimedBy = null!;
    }

    public Guid Id { get; private set; }

    public string JobName { get; private set; }

    /// <summary>The Japan-time date of the maintenance window the run belongs to, e.g. 2026-11-27.</summary>
    public string SlotKey { get; private set; }

    public string ClaimedBy { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public long AffectedRows { get; private set; }

    public int Attempts { get; private set; }

    public static JobRun Claim(string jobName, string slotKey, string node, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        JobName = jobName,
        SlotKey = slotKey,
        ClaimedBy = node,
        ClaimedAtUtc = nowUtc,
        Attempts = 1,
    };

    public bool CanBeTakenOver(DateTime nowUtc, TimeSpan lease) => CompletedAtUtc is null && nowUtc - ClaimedAtUtc >= lease;

    public void TakeOver(string node, DateTime nowUtc)
    {
        ClaimedBy = node;
        ClaimedAtUtc = nowUtc;
        Attempts++;
    }

    public void Complete(long affectedRows, DateTime nowUtc)
    {
        AffectedRows = affectedRows;
        CompletedAtUtc = nowUtc;
    }
}
