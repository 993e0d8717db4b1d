using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Reminders;

/// <summary>The tenant's own reminder wording (one row per tenant; absent means <see cref="ReminderText.Default"/>).</summary>
public sealed class ReminderSettings : AggregateRoot, ITenantOwned
{
    private ReminderSettings()
    {
        SubjectJa = BodyJa = SubjectEn = BodyEn = string.Empty;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public string SubjectJa { get; private set; }

    public string BodyJa { get; private set; }

    public string SubjectEn { get; private set; }

    public string BodyEn { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public ReminderText Text => new(SubjectJa, BodyJa, SubjectEn, BodyEn);

    public static ReminderSettings Create(TenantId tenantId, ReminderText text, DateTime nowUtc)
    {
        var settings = new ReminderSettings { Id = Guid.CreateVersion7(), TenantId = tenantId };
        settings.Change(text, nowUtc);
        return settings;
    }

    public void Change(ReminderText text, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(text);
        var valid = text.Validated();
        (SubjectJa, BodyJa, SubjectEn, BodyEn) = (valid.SubjectJa, valid.BodyJa, valid.SubjectEn, valid.BodyEn);
        UpdatedAtUtc = nowUtc;
    }
}
