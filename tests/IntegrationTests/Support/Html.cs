using System.Text.RegularExpressions;

namespace YearEndAdjustment.IntegrationTests.Support;

public static partial class Html
{
    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return match.Groups[1].Value;
    }

    /// <summary>The form's optimistic-concurrency version (its hidden Version field), or null when it has none.</summary>
    public static string? FormVersion(string html) => VersionPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionPattern();
}
