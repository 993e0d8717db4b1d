namespace YearEndAdjustment.Web.Startup;

public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The address customers use; opening notices and e-mails build links from it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
