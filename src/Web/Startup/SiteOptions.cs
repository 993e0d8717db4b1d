namespace YearEndAdjustment.Web.Startup;

public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The address customers use; opening notices and e-mails build links from it. Unset by default, so that the
    /// address the server really listens on is used instead (see <see cref="PublicBaseUrl"/>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
