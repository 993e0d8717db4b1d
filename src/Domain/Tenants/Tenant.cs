using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>
/// One contract = one isolated site. Global: the tenant row itself is not tenant-owned.
/// </summary>
public sealed class Tenant : AggregateRoot
{
    public const int DisplayNameMaxLength = 100;

    private Tenant()
    {
        Slug = null!;
        DisplayName = null!;
    }

    public TenantId Id { get; private set; }

    public TenantSlug Slug { get; private set; }

    public string DisplayName { get; private set; }

    public TenantStatus Status { get; private set; }

    /// <summary>
    /// The Japan date the contract ends, when the operator has recorded one: from that day on the site is closed
    /// (sign-in and exports refused), and the purge follows within <c>Tenants:PurgeAfterDays</c>.
    /// </summary>
    public DateOnly? ContractEndDate { get; private set; }

    /// <summary>When the purge finished; the row stays as a tombstone so the slug is never handed out again.</summary>
    public DateTime? PurgedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int Version { get; private set; }

    public static Tenant Provision(TenantSlug slug, string displayName, DateTime nowUtc)
    {
        var tenant = new Tenant
        {
            Id = TenantId.New(),
            Slug = slug,
            Status = TenantStatus.Active,
            CreatedAtUtc = nowUtc,
        };
        tenant.Rename(displayName);
        return tenant;
    }

    public void Rename(string displayName)
    {
        var trimmed = displayName?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleViolationException("tenant.name_required", "テナント名（会社名）を指定してください。");
        }

        if (trimmed.Length > DisplayNameMaxLength)
        {
            throw new DomainRuleViolationException(
                "tenant.name_too_long", $"テナント名は {DisplayNameMaxLength} 文字以内で指定してください。");
        }

        DisplayName = trimmed;
        Version++;
    }

    /// <summary>Records the contract end date; the site serves up to the day before it .</summary>
    public void EndContract(DateOnly endDate)
    {
        if (Status != TenantStatus.Active)
        {
            throw new DomainRuleViolationException("tenant.not_active", "このテナントはすでに削除済みです。");
        }

        ContractEndDate = endDate;
        Version++;
    }

    /// <summary>Withdraws the end date; only while the site still serves (before the end date).</summary>
    public void CancelContractEnd(DateOnly todayInJapan)
    {
        if (ContractEndDate is not { } end)
        {
            throw new DomainRuleViolationException("tenant.no_end_date", "このテナントには契約終了日が設定されていません。");
        }

        if (todayInJapan >= end || Status != TenantStatus.Active)
        {
            throw new DomainRuleViolationException("tenant.already_ended", "契約終了日を過ぎたため取り消せません。");
        }

        ContractEndDate = null;
        Version++;
    }

    /// <summary>The purge deleted everything the tenant owned; only this row stays, as a tombstone.</summary>
    public void MarkPurged(DateTime nowUtc)
    {
        Status = TenantStatus.Purged;
        PurgedAtUtc ??= nowUtc;
        Version++;
    }

    /// <summary>Whether the site answers on the given Japan-time date: active and before the contract end date.</summary>
    public bool IsServing(DateOnly todayInJapan) =>
        Status == TenantStatus.Active && (ContractEndDate is null || todayInJapan < ContractEndDate.Value);
}
