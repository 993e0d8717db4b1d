using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Reminders;

/// <summary>
/// One sending of reminders for a tax year, by hand or on a schedule. The slot key is unique per tenant and year
/// ("d7" = seven days before the deadline; "manual-…" for each hand-sent round), so however many nodes notice
/// that the seven-day reminder is due, one round exists; each recipient's mail is claimed once per round by a
/// <see cref="ReminderDelivery"/> row.
/// </summary>
public sealed class ReminderRound : AggregateRoot, ITenantOwned
{
    public const int SlotKeyMaxLength = 64;

    private ReminderRound()
    {
        SlotKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public TaxYear TaxYear { get; private set; }

    public string SlotKey { get; private set; }

    /// <summary>Null for a round sent by hand.</summary>
    public int? DaysBefore { get; private set; }

    public AccountId RequestedBy { get; private set; }

    public Guid? JobId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public int Sent { get; private set; }

    public int Failed { get; private set; }

    public static ReminderRound Manual(TenantId tenantId, TaxYear year, AccountId requestedBy, DateTime nowUtc)
    {
        var id = Guid.CreateVersion7();
        return new ReminderRound { Id = id, TenantId = tenantId, TaxYear = year, SlotKey = $"manual-{id:N}", RequestedBy = requestedBy, CreatedAtUtc = nowUtc };
    }

    public static ReminderRound Scheduled(TenantId tenantId, TaxYear year, int daysBefore, AccountId requestedBy, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        TaxYear = year,
        SlotKey = SlotFor(daysBefore),
        DaysBefore = daysBefore,
        RequestedBy = requestedBy,
        CreatedAtUtc = nowUtc,
    };

    public static string SlotFor(int daysBefore) => $"d{daysBefore}";

    public void AttachJob(Guid jobId) => JobId = jobId;

    public void Complete(int sent, int failed, DateTime nowUtc)
    {
        Sent = sent;
        Failed = failed;
        CompletedAtUtc = nowUtc;
    }
}
