namespace YearEndAdjustment.Web.Identity;

public static class AuthConstants
{
    public const string Scheme = "yea";
}
