using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Accounts;

/// <summary>
/// A person's sign-in identity inside one tenant. The password is held only as a PBKDF2 hash; the
/// security stamp changes whenever the password, the role or the enabled state changes, which ends every session
/// issued before (sessions carry the stamp they were issued with).
/// </summary>
public sealed class Account : AggregateRoot, ITenantOwned
{
    public const int DisplayNameMaxLength = 100;
    public const int EmailMaxLength = 254;

    /// <summary>Stored instead of a hash until a first password is set: no password can ever match it.</summary>
    public const string NoPassword = "!";

    private Account()
    {
        LoginId = null!;
        DisplayName = null!;
        PasswordHash = null!;
        SecurityStamp = null!;
        Departments = "";
    }

    public AccountId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public LoginId LoginId { get; private set; }

    public string DisplayName { get; private set; }

    public string? Email { get; private set; }

    public AccountRole Role { get; private set; }

    /// <summary>The subset chosen for a limited admin; ignored for other roles (see <see cref="EffectivePermissions"/>).</summary>
    public Permission Permissions { get; private set; }

    /// <summary>Department codes a limited admin is restricted to, comma-separated; empty = all departments.</summary>
    public string Departments { get; private set; }

    /// <summary>The tenant's first account from the opening notice; it can never be disabled or demoted.</summary>
    public bool IsAdminId { get; private set; }

    public string PasswordHash { get; private set; }

    /// <summary>R-13: an issued initial password must be replaced before anything else is reachable.</summary>
    public bool MustChangePassword { get; private set; }

    /// <summary>
    /// The employee this sign-in belongs to (R-11: a leaver's ID is disabled); null for staff accounts that are not
    /// employees of the tenant's master, such as the ADMIN ID.
    /// </summary>
    public EmployeeId? EmployeeId { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTime? DisabledAtUtc { get; private set; }

    public int FailedSignInCount { get; private set; }

    public DateTime? LockedUntilUtc { get; private set; }

    public DateTime? LastSignInAtUtc { get; private set; }

    public DateTime? PasswordChangedAtUtc { get; private set; }

    public string SecurityStamp { get; private set; }

    /// <summary>The TOTP secret, encrypted by the application; set while setting up and while enabled.</summary>
    public string? TwoFactorSecret { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    /// <summary>The last accepted TOTP time step: a code is accepted at most once (RFC 6238 §5.2).</summary>
    public long LastTwoFactorStep { get; private set; }

    /// <summary>SHA-256 hashes of unused recovery codes, separated by ';'.</summary>
    public string RecoveryCodeHashes { get; private set; } = "";

    /// <summary>"ja" or "en"; null follows the browser.</summary>
    public string? PreferredCulture { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int Version { get; private set; }

    public bool IsAdministrator => Role is AccountRole.Admin or AccountRole.LimitedAdmin;

    /// <summary>What the account may do: everything for admins, the chosen subset for limited admins, nothing else.</summary>
    public Permission EffectivePermissions => EffectivePermissionsOf(Role, Permissions);

    public static Permission EffectivePermissionsOf(AccountRole role, Permission permissions) => role switch
    {
        AccountRole.Admin => Permission.All,
        AccountRole.LimitedAdmin => permissions & Permission.All,
        _ => Permission.None,
    };

    /// <summary>Splits department codes as admins type them: commas, 「、」, spaces or line breaks.</summary>
    public static IReadOnlyList<string> ParseDepartments(string? text) =>
        (text ?? "").Split([',', '、', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> DepartmentCodes => DepartmentCodesOf(Departments);

    /// <summary>The stored comma-separated department codes as a list.</summary>
    public static IReadOnlyList<string> DepartmentCodesOf(string departments) =>
        departments.Length == 0 ? [] : departments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Creates the ADMIN ID of a newly provisioned tenant with its one-time initial password .</summary>
    public static Account OpenAdminId(TenantId tenantId, string initialPasswordHash, DateTime nowUtc)
    {
        var admin = New(tenantId, LoginId.Admin, "管理者", null, AccountRole.Admin, Permission.All, [], nowUtc);
        admin.IsAdminId = true;
        admin.SetInitialPassword(initialPasswordHash, nowUtc);
        return admin;
    }

    /// <summary>R-10: an admin registers a user ID; it has no password until an initial one or an invitation sets it.</summary>
    public static Account Register(
        TenantId tenantId, LoginId loginId, string displayName, string? email, AccountRole role,
        Permission permissions, IEnumerable<string> departments, DateTime nowUtc) =>
        New(tenantId, loginId, displayName, email, role, permissions, departments, nowUtc);

    private static Account New(
        TenantId tenantId, LoginId loginId, string displayName, string? email, AccountRole role,
        Permission permissions, IEnumerable<string> departments, DateTime nowUtc)
    {
        if (tenantId == TenantId.None)
        {
            throw new DomainRuleViolationException("account.tenant_required", "アカウントはテナントに属する必要があります。");
        }

        var account = new Account
        {
            Id = AccountId.New(),
            TenantId = tenantId,
            LoginId = loginId,
            PasswordHash = NoPassword,
            MustChangePassword = true,
            SecurityStamp = NewStamp(),
            CreatedAtUtc = nowUtc,
        };
        account.Rename(displayName);
        account.ChangeEmail(email);
        account.AssignRole(role, permissions, departments);
        return account;
    }

    public bool HasPassword => PasswordHash != NoPassword;

    /// <summary>Ties the account to its employee, so that the employee's leave date reaches the sign-in .</summary>
    public void LinkEmployee(EmployeeId employeeId)
    {
        if (EmployeeId == employeeId)
        {
            return;
        }

        EmployeeId = employeeId;
        Version++;
    }

    public void Rename(string displayName)
    {
        var trimmed = displayName?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > DisplayNameMaxLength)
        {
            throw new DomainRuleViolationException("account.name_invalid", $"氏名（表示名）を {DisplayNameMaxLength} 文字以内で入力してください。");
        }

        DisplayName = trimmed;
        Version++;
    }

    public void ChangeEmail(string? email)
    {
        var trimmed = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (trimmed is not null && (trimmed.Length > EmailMaxLength || !LooksLikeEmail(trimmed)))
        {
            throw new DomainRuleViolationException("account.email_invalid", "メールアドレスの形式が正しくありません。");
        }

        Email = trimmed;
        Version++;
    }

    /// <summary>R-12: roles are assigned by admins; the ADMIN ID stays an admin.</summary>
    public void AssignRole(AccountRole role, Permission permissions, IEnumerable<string> departments)
    {
        if (IsAdminId && role != AccountRole.Admin)
        {
            throw new DomainRuleViolationException("account.admin_id_role", "ADMIN ID の権限は変更できません。");
        }

        var codes = departments.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Any(c => c.Contains(',', StringComparison.Ordinal) || c.Length > 20))
        {
            throw new DomainRuleViolationException("account.department_invalid", "部署コードは20文字以内で、カンマを含めずに指定してください。");
        }

        var changed = Role != role || Permissions != permissions || Departments != string.Join(',', codes);
        Role = role;
        Permissions = role == AccountRole.LimitedAdmin ? permissions & Permission.All : Permission.None;
        Departments = role == AccountRole.LimitedAdmin ? string.Join(',', codes) : "";
        if (changed)
        {
            SecurityStamp = NewStamp();
        }

        Version++;
    }

    /// <summary>An admin issues (or the operator opens with) a password that must be changed at first sign-in .</summary>
    public void SetInitialPassword(string passwordHash, DateTime nowUtc)
    {
        PasswordHash = passwordHash;
        MustChangePassword = true;
        PasswordChangedAtUtc = nowUtc;
        FailedSignInCount = 0;
        LockedUntilUtc = null;
        SecurityStamp = NewStamp();
        Version++;
    }

    /// <summary>The user's own choice (password page, invitation, reset): clears the forced change.</summary>
    public void ChangePassword(string passwordHash, DateTime nowUtc)
    {
        PasswordHash = passwordHash;
        MustChangePassword = false;
        PasswordChangedAtUtc = nowUtc;
        FailedSignInCount = 0;
        LockedUntilUtc = null;
        SecurityStamp = NewStamp();
        Version++;
    }

    /// <summary>R-16: same password, stronger parameters; sessions stay valid.</summary>
    public void UpgradePasswordHash(string passwordHash)
    {
        PasswordHash = passwordHash;
        Version++;
    }

    public bool IsLockedOut(DateTime nowUtc) => LockedUntilUtc is { } until && until > nowUtc;

    /// <summary>R-18: after <paramref name="threshold"/> consecutive failures the account locks for <paramref name="lockout"/>.</summary>
    public void RegisterFailedSignIn(DateTime nowUtc, int threshold, TimeSpan lockout)
    {
        FailedSignInCount++;
        if (FailedSignInCount >= threshold)
        {
            LockedUntilUtc = nowUtc + lockout;
            FailedSignInCount = 0;
        }

        Version++;
    }

    public void RegisterSuccessfulSignIn(DateTime nowUtc)
    {
        FailedSignInCount = 0;
        LockedUntilUtc = null;
        LastSignInAtUtc = nowUtc;
        Version++;
    }

    public void Unlock()
    {
        FailedSignInCount = 0;
        LockedUntilUtc = null;
        Version++;
    }

    /// <summary>R-11: leavers are disabled (the per-user deletion); every live session ends at once.</summary>
    public void Disable(DateTime nowUtc)
    {
        if (IsAdminId)
        {
            throw new DomainRuleViolationException("account.admin_id_disable", "ADMIN ID は無効にできません。");
        }

        if (IsDisabled)
        {
            return;
        }

        IsDisabled = true;
        DisabledAtUtc = nowUtc;
        SecurityStamp = NewStamp();
        Version++;
    }

    public void Enable()
    {
        if (!IsDisabled)
        {
            return;
        }

        IsDisabled = false;
        DisabledAtUtc = null;
        FailedSignInCount = 0;
        LockedUntilUtc = null;
        SecurityStamp = NewStamp();
        Version++;
    }

    public void SetPreferredCulture(string? culture)
    {
        PreferredCulture = culture is "ja" or "en" ? culture : null;
        Version++;
    }

    /// <summary>Stores a new, not yet confirmed TOTP secret (already encrypted by the caller).</summary>
    public void BeginTwoFactorSetup(string protectedSecret)
    {
        if (TwoFactorEnabled)
        {
            throw new DomainRuleViolationException("two_factor.already_enabled", "2段階認証は既に有効です。");
        }

        TwoFactorSecret = protectedSecret;
        Version++;
    }

    /// <summary>Turns TOTP on once the user proved the app works with a first code (time step <paramref name="step"/>).</summary>
    public void EnableTwoFactor(long step, IEnumerable<string> recoveryCodeHashes)
    {
        if (TwoFactorSecret is null)
        {
            throw new DomainRuleViolationException("two_factor.not_started", "2段階認証の設定を最初からやり直してください。");
        }

        TwoFactorEnabled = true;
        LastTwoFactorStep = step;
        RecoveryCodeHashes = string.Join(';', recoveryCodeHashes);
        SecurityStamp = NewStamp();
        Version++;
    }

    public void DisableTwoFactor()
    {
        TwoFactorEnabled = false;
        TwoFactorSecret = null;
        LastTwoFactorStep = 0;
        RecoveryCodeHashes = "";
        SecurityStamp = NewStamp();
        Version++;
    }

    /// <summary>Accepts a verified TOTP step only if it is newer than the last one used: a code cannot be used twice.</summary>
    public bool TryAcceptTwoFactorStep(long step)
    {
        if (!TwoFactorEnabled || step <= LastTwoFactorStep)
        {
            return false;
        }

        LastTwoFactorStep = step;
        Version++;
        return true;
    }

    /// <summary>Consumes a recovery code (by its hash); each works once.</summary>
    public bool TryUseRecoveryCode(string codeHash)
    {
        var codes = RecoveryCodeHashes.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!TwoFactorEnabled || !codes.Remove(codeHash))
        {
            return false;
        }

        RecoveryCodeHashes = string.Join(';', codes);
        Version++;
        return true;
    }

    public int RemainingRecoveryCodes => RecoveryCodeHashes.Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 3 && value.IndexOf('.', at) > at + 1
            && !value.Any(char.IsWhiteSpace) && !value.Contains('\r') && !value.Contains('\n');
    }
}
