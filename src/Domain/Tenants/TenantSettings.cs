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

    /// <summary>An empty list allows everyone; otherwise only listed addresses.</summary>
    public bool Allows(IPAddress? address) =>
        _ipAllowList.Count == 0 || (address is not null && _ipAllowList.Any(e => e.Contains(address)));
}
