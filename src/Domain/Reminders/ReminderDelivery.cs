using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Reminders;

/// <summary>
/// The claim on one declaration's mail within one round, written (and committed) before the mail is sent: its key
/// (round, declaration) lets only one writer claim it, so a re-run or a second node never mails twice.
/// </summary>
public sealed class ReminderDelivery : ITenantOwned
{
    private ReminderDelivery()
    {
    }

    public Guid RoundId { get; private set; }

    /// <summary>The declaration's id (the Declarations module's key, held as a plain value across the module line).</summary>
    public Guid DeclarationId { get; private set; }

    public TenantId TenantId { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    public static ReminderDelivery Claim(TenantId tenantId, Guid roundId, Guid declarationId, DateTime nowUtc) =>
        new() { TenantId = tenantId, RoundId = roundId, DeclarationId = declarationId, ClaimedAtUtc = nowUtc };
}
