namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The guided flow's pages in order (one topic each); the name is the URL segment and the stored LastStep.</summary>
public static class DeclarationSteps
{
    public const string Self = "self";
    public const string Spouse = "spouse";
    public const string Dependants = "dependants";
    public const string Insurance = "insurance";
    public const string HousingLoan = "housing-loan";
    public const string Summary = "summary";

    public static readonly IReadOnlyList<string> All = [Self, Spouse, Dependants, Insurance, HousingLoan, Summary];

    /// <summary>1-based position for "step x of n"; 0 for the overview.</summary>
    public static int Number(string? step) => step is null ? 0 : All.ToList().IndexOf(step) + 1;

    public static string? Next(string step) => Number(step) is var n && n > 0 && n < All.Count ? All[n] : null;

    public static string? Previous(string step) => Number(step) is var n && n > 1 ? All[n - 2] : null;

    public static bool IsKnown(string? step) => step is not null && All.Contains(step);
}
