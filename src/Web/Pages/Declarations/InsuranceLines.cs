namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The URL names of the four kinds of insurance line.</summary>
public static class InsuranceLines
{
    public const string Life = "life";
    public const string Earthquake = "earthquake";
    public const string Social = "social";
    public const string MutualAid = "mutual-aid";

    public static readonly IReadOnlyList<string> All = [Life, Earthquake, Social, MutualAid];
}
