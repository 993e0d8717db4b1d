namespace YearEndAdjustment.Web.Identity;

/// <summary>Claims of the authentication cookie: identifiers only; everything else is re-read per request.</summary>
public static class ClaimNames
{
    public const string Account = "yea:account";
    public const string Session = "yea:session";
    public const string Tenant = "yea:tenant";
    public const string Permissions = "yea:perm";
    public const string Departments = "yea:dept";
    public const string MustChangePassword = "yea:must_change_password";
    public const string MustSetUpTwoFactor = "yea:must_setup_2fa";
    public const string Culture = "yea:culture";
    public const string TwoFactor = "yea:2fa";
    public const string Employee = "yea:employee";
}
