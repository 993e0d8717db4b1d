using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>
/// The mail ledger of announcements: one row per announcement and tenant, unique, claimed before the admins'
/// mails are sent, so every node and every rerun sends them once at most.
/// </summary>
public sealed class AnnouncementDelivery : ITenantOwned
{
    private AnnouncementDelivery()
    {
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public Guid AnnouncementId { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    public int Recipients { get; private set; }

    public static AnnouncementDelivery Claim(TenantId tenantId, Guid announcementId, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        AnnouncementId = announcementId,
        ClaimedAtUtc = nowUtc,
    };

    public void Sent(int recipients) => Recipients = recipients;
}
