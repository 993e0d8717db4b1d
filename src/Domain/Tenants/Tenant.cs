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

    /// <summary>Last day of the contract (Japan date), when the operator has recorded one .</summary>
    public DateOnly? ContractEndDate { get; private set; }

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

    /// <summary>Records the contract end date; the site stays open through that day .</summary>
    public void EndContract(DateOnly lastDay)
    {
        ContractEndDate = lastDay;
        Version++;
    }

    /// <summary>Whether the site answers on the given Japan-time date: active and not past the contract end.</summary>
    public bool IsServing(DateOnly todayInJapan) =>
        Status == TenantStatus.Active && (ContractEndDate is null || todayInJapan <= ContractEndDate.Value);
}
