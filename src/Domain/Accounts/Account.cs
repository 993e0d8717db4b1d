using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Accounts;

/// <summary>
/// A person's sign-in identity inside one tenant. The password is only ever held as a PBKDF2 hash.
/// </summary>
public sealed class Account : AggregateRoot, ITenantOwned
{
    private Account()
    {
        LoginId = null!;
        DisplayName = null!;
        PasswordHash = null!;
    }

    public AccountId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public LoginId LoginId { get; private set; }

    public string DisplayName { get; private set; }

    public string? Email { get; private set; }

    public AccountRole Role { get; private set; }

    /// <summary>The tenant's first account from the opening notice; it can never be disabled or demoted.</summary>
    public bool IsAdminId { get; private set; }

    public string PasswordHash { get; private set; }

    /// <summary>R-13: an issued initial password must be replaced before anything else is reachable.</summary>
    public bool MustChangePassword { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int Version { get; private set; }

    /// <summary>Creates the ADMIN ID of a newly provisioned tenant with its one-time initial password .</summary>
    public static Account OpenAdminId(TenantId tenantId, string initialPasswordHash, DateTime nowUtc)
    {
        if (tenantId == TenantId.None)
        {
            throw new DomainRuleViolationException("account.tenant_required", "アカウントはテナントに属する必要があります。");
        }

        if (string.IsNullOrEmpty(initialPasswordHash))
        {
            throw new DomainRuleViolationException("account.password_required", "初期パスワードがありません。");
        }

        return new Account
        {
            Id = AccountId.New(),
            TenantId = tenantId,
            LoginId = LoginId.Admin,
            DisplayName = "管理者",
            Role = AccountRole.Admin,
            IsAdminId = true,
            PasswordHash = initialPasswordHash,
            MustChangePassword = true,
            CreatedAtUtc = nowUtc,
        };
    }
}
