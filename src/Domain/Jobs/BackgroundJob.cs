using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Jobs;

/// <summary>
/// Long work a user started (opening a year for 100,000 employees, a calculation run), queued in the database so
/// that any node takes it, its progress is visible from every node, and a node that dies mid-job leaves it to be
/// taken over when its lease runs out (ADR 0032, R-25). The payload names what to do (ids, a year), never personal
/// data; the result is a small summary for the progress page.
/// </summary>
public sealed class BackgroundJob : AggregateRoot, ITenantOwned
{
    public const int KindMaxLength = 64;
    public const int PayloadMaxLength = 4000;

    /// <summary>Takeovers after a lost lease before the job is failed: a job that kills its node must not loop.</summary>
    public const int MaxAttempts = 3;

    private BackgroundJob()
    {
        Kind = null!;
        Payload = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    /// <summary>Which handler runs it, e.g. <c>declarations.open-year</c>.</summary>
    public string Kind { get; private set; }

    public string Payload { get; private set; }

    /// <summary>Whose rights the job runs with (checked again when it starts).</summary>
    public AccountId RequestedBy { get; private set; }

    /// <summary>At most one unfinished job per tenant and key (e.g. one opening of a year at a time).</summary>
    public string? ConcurrencyKey { get; private set; }

    public BackgroundJobState State { get; private set; }

    public string? Stage { get; private set; }

    public long Done { get; private set; }

    public long Total { get; private set; }

    public string? Result { get; private set; }

    /// <summary>A stable code for why it failed (the log has the details, the page a plain message).</summary>
    public string? ErrorCode { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseExpiresAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public int Version { get; private set; }

    public bool IsFinished => State is BackgroundJobState.Succeeded or BackgroundJobState.Failed;

    public static BackgroundJob Enqueue(TenantId tenantId, string kind, string payload, AccountId requestedBy, string? concurrencyKey, DateTime nowUtc)
    {
        if (tenantId == TenantId.None)
        {
            throw new DomainRuleViolationException("job.tenant_required", "ジョブはテナントに属する必要があります。");
        }

        if (string.IsNullOrWhiteSpace(kind) || kind.Length > KindMaxLength)
        {
            throw new DomainRuleViolationException("job.kind_invalid", "ジョブの種類が正しくありません。");
        }

        if (payload.Length > PayloadMaxLength)
        {
            throw new DomainRuleViolationException("job.payload_too_large", "ジョブの指定が長すぎます。");
        }

        return new BackgroundJob
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Kind = kind,
            Payload = payload,
            RequestedBy = requestedBy,
            ConcurrencyKey = concurrencyKey,
            State = BackgroundJobState.Queued,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>Whether a node may take the job now: queued, or running under a lease that ran out.</summary>
    public bool IsClaimable(DateTime nowUtc) =>
        State == BackgroundJobState.Queued || (State == BackgroundJobState.Running && LeaseExpiresAtUtc <= nowUtc);

    /// <summary>Takes the job for <paramref name="node"/>; false (and the job failed) when it has been taken too often.</summary>
    public bool Claim(string node, DateTime nowUtc, TimeSpan lease)
    {
        if (!IsClaimable(nowUtc))
        {
            throw new DomainRuleViolationException("job.not_claimable", "このジョブは実行中か終了しています。");
        }

        Version++;
        if (Attempts >= MaxAttempts)
        {
            Fail("job.abandoned", nowUtc);
            return false;
        }

        Attempts++;
        State = BackgroundJobState.Running;
        LeaseOwner = node;
        LeaseExpiresAtUtc = nowUtc + lease;
        StartedAtUtc ??= nowUtc;
        return true;
    }

    /// <summary>The last progress the handler reported (the heartbeat writes the ones before it).</summary>
    public void ReportFinal(string? stage, long done, long total)
    {
        Stage = stage ?? Stage;
        Done = done;
        Total = total;
    }

    public void Succeed(string? result, DateTime nowUtc)
    {
        State = BackgroundJobState.Succeeded;
        Result = result;
        FinishedAtUtc = nowUtc;
        LeaseOwner = null;
        LeaseExpiresAtUtc = null;
        Version++;
    }

    public void Fail(string errorCode, DateTime nowUtc)
    {
        State = BackgroundJobState.Failed;
        ErrorCode = errorCode;
        FinishedAtUtc = nowUtc;
        LeaseOwner = null;
        LeaseExpiresAtUtc = null;
        Version++;
    }
}
