using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Reminders;

/// <summary>
/// The claim on one declaration's reminder in one round and on one Japan date, written (and committed) before the mail
/// is sent. Unique per (round, declaration) and per (declaration, day), so only one writer claims it, whichever round
/// it comes from, so a re-run, a second node, or
/// a hand-sent round on the day of a scheduled one never mails the same person twice that day (ADR 0048). The
/// outcome is recorded: sent (with the attempts it took) or given up after <see cref="MaxAttempts"/>; a given-up
/// claim is removed by a later round the same day, which claims the declaration afresh.
/// </summary>
public sealed class ReminderDelivery : ITenantOwned
{
    /// <summary>Sending attempts per mail before it is recorded as failed.</summary>
    public const int MaxAttempts = 3;

    public const int ErrorMaxLength = 100;

    private ReminderDelivery()
    {
    }

    public Guid RoundId { get; private set; }

    /// <summary>The declaration's id (the Declarations module's key, held as a plain value across the module line).</summary>
    public Guid DeclarationId { get; private set; }

    /// <summary>The Japan date of the claim: one reminder per declaration (employee and year) per day. Null on claims
    /// written before that rule (ADR 0048).</summary>
    public DateOnly? Day { get; private set; }

    public TenantId TenantId { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>Set when every attempt failed: the mail was not delivered, and another round that day may try again.</summary>
    public DateTime? FailedAtUtc { get; private set; }

    /// <summary>The kind of the last failure (an exception type name, never content or an address).</summary>
    public string? LastError { get; private set; }

    public static ReminderDelivery Claim(TenantId tenantId, Guid roundId, Guid declarationId, DateOnly day, DateTime nowUtc) =>
        new() { TenantId = tenantId, RoundId = roundId, DeclarationId = declarationId, Day = day, ClaimedAtUtc = nowUtc };
}
