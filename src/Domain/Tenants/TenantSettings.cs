using System.Net;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>
/// A tenant's own security settings (R-18, R-19, 2FA policy). One row per tenant, created with defaults on first
/// use; tenant-owned so it is filtered and guarded like every other tenant row.
/// </summary>
public sealed class TenantSettings : AggregateRoot, ITenantOwned
{
    public const int MaxAllowListEntries = 100;

    // The 提出義務者 block's limits (forms-and-formats.md §3.5: name 全角 30, address 全角 60, phone 15).
    public const int PayerNameMaxLength = 30;
    public const int PayerAddressMaxLength = 60;
    public const int PayerPhoneMaxLength = 15;

    private readonly List<IpAllowListEntry> _ipAllowList = [];

    private TenantSettings()
    {
    }

    public TenantId TenantId { get; private set; }

    /// <summary>Consecutive failed sign-ins before the account locks (R-18; default 10).</summary>
    public int LockoutThreshold { get; private set; } = 10;

    /// <summary>How long a locked account stays locked (default 15 minutes).</summary>
    public int LockoutMinutes { get; private set; } = 15;

    /// <summary>Signed-in sessions end after this much inactivity (default 30 minutes).</summary>
    public int IdleTimeoutMinutes { get; private set; } = 30;

    /// <summary>Admins and limited admins must use an authenticator app.</summary>
    public bool RequireTwoFactorForAdmins { get; private set; }

    public IReadOnlyList<IpAllowListEntry> IpAllowList => _ipAllowList;

    /// <summary>支払者の氏名又は名称 on the slips and the 統一CSV; when empty, the tenant's display name is printed.</summary>
    public string? PayerName { get; private set; }

    /// <summary>支払者の住所又は所在地.</summary>
    public string? PayerAddress { get; private set; }

    /// <summary>支払者の電話番号.</summary>
    public string? PayerPhone { get; private set; }

    /// <summary>法人番号 (see <see cref="Tenants.CorporateNumber"/>); printed only on copies that may carry it (番号法).</summary>
    public string? PayerCorporateNumber { get; private set; }

    public int Version { get; private set; }

    public static TenantSettings CreateDefault(TenantId tenantId) => new() { TenantId = tenantId };

    public void UpdateSignInPolicy(int lockoutThreshold, int lockoutMinutes, int idleTimeoutMinutes, bool requireTwoFactorForAdmins)
    {
        if (lockoutThreshold is < 3 or > 50)
        {
            throw new DomainRuleViolationException("settings.lockout_threshold", "ロックまでの失敗回数は3〜50回で指定してください。");
        }

        if (lockoutMinutes is < 1 or > 1440)
        {
            throw new DomainRuleViolationException("settings.lockout_minutes", "ロック時間は1〜1440分で指定してください。");
        }

        if (idleTimeoutMinutes is < 5 or > 480)
        {
            throw new DomainRuleViolationException("settings.idle_timeout", "自動ログアウトまでの時間は5〜480分で指定してください。");
        }

        LockoutThreshold = lockoutThreshold;
        LockoutMinutes = lockoutMinutes;
        IdleTimeoutMinutes = idleTimeoutMinutes;
        RequireTwoFactorForAdmins = requireTwoFactorForAdmins;
        Version++;
    }

    /// <summary>The payer (支払者) printed on the withholding slips and written to the 統一CSV; blank values clear a field.</summary>
    public void UpdatePayer(string? name, string? address, string? phone, string? corporateNumber)
    {
        name = Clean(name);
        address = Clean(address);
        phone = Clean(phone);
        corporateNumber = Clean(corporateNumber);
        if (name?.Length > PayerNameMaxLength)
        {
            throw new DomainRuleViolationException("settings.payer_name_too_long", new RuleMessage("settings.payer_name_too_long", "支払者の名称は {0} 文字以内で入力してください。").With(PayerNameMaxLength));
        }

        if (address?.Length > PayerAddressMaxLength)
        {
            throw new DomainRuleViolationException("settings.payer_address_too_long", new RuleMessage("settings.payer_address_too_long", "支払者の所在地は {0} 文字以内で入力してください。").With(PayerAddressMaxLength));
        }

        if (phone is not null && (phone.Length > PayerPhoneMaxLength || !phone.All(c => char.IsAsciiDigit(c) || c == '-')))
        {
            throw new DomainRuleViolationException("settings.payer_phone_invalid", new RuleMessage("settings.payer_phone_invalid", "電話番号は数字とハイフンで {0} 文字以内で入力してください。").With(PayerPhoneMaxLength));
        }

        if (CorporateNumber.Check(corporateNumber) is { } problem)
        {
            throw new DomainRuleViolationException(problem.Key, problem);
        }

        PayerName = name;
        PayerAddress = address;
        PayerPhone = phone;
        PayerCorporateNumber = corporateNumber;
        Version++;
    }

    /// <summary>Replaces the whole list (R-19: at most 100 entries; duplicates collapse).</summary>
    public void ReplaceIpAllowList(IReadOnlyCollection<IpAllowListEntry> entries)
    {
        var distinct = entries.DistinctBy(e => e.Value).ToList();
        if (distinct.Count > MaxAllowListEntries)
        {
            throw new DomainRuleViolationException(
                "ip_allow_list.too_many",
                new RuleMessage("ip_allow_list.too_many", "IPアドレス制限は {0} 件まで登録できます（指定は {1} 件）。").With(MaxAllowListEntries, distinct.Count));
        }

        _ipAllowList.Clear();
        _ipAllowList.AddRange(distinct);
        Version++;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An empty list allows everyone; otherwise only listed addresses.</summary>
    public bool Allows(IPAddress? address) =>
        _ipAllowList.Count == 0 || (address is not null && _ipAllowList.Any(e => e.Contains(address)));
}
