using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>A check's field path (ADR 0031, e.g. <c>insurance.life[&lt;entryId&gt;].premium</c>) → the flow page that
/// edits it and the input's id there, so the summary can link every finding to the field to fix.</summary>
public static class FieldPathLinks
{
    private static readonly string[] Lists =
    [
        DeclarationFieldPaths.Self, DeclarationFieldPaths.Spouse, DeclarationFieldPaths.Relatives, DeclarationFieldPaths.YoungRelatives,
        DeclarationFieldPaths.OtherEarnersRelatives, DeclarationFieldPaths.SpecificRelativeTicks, DeclarationFieldPaths.SalaryFromOtherPayers,
        DeclarationFieldPaths.OtherIncome, DeclarationFieldPaths.SpouseIncome, DeclarationFieldPaths.SpecificRelatives, DeclarationFieldPaths.IncomeAdjustment,
        DeclarationFieldPaths.Life, DeclarationFieldPaths.Earthquake, DeclarationFieldPaths.SocialInsurance, DeclarationFieldPaths.MutualAid,
        DeclarationFieldPaths.HousingLoan,
    ];

    public static string For(int year, string fieldPath) => $"{year}/{Relative(fieldPath)}";

    /// <summary>The page and anchor below the flow's base URL, e.g. <c>insurance/life/&lt;id&gt;#Premium</c>.</summary>
    public static string Relative(string fieldPath)
    {
        var (page, anchor) = Target(fieldPath);
        return $"{page}#{anchor}";
    }

    /// <summary>The page (with the year, without the anchor) a field path is edited on, e.g. <c>2026/self</c>.</summary>
    public static string PageOf(int year, string fieldPath) => $"{year}/{Target(fieldPath).Page}";

    /// <summary>The flow step (a <see cref="DeclarationSteps"/> name) a field path belongs to.</summary>
    public static string StepOf(string fieldPath) => Target(fieldPath).Page.Split('/')[0];

    /// <summary>"Step: field" for a field path in the UI language (the input's id when the field has no label).</summary>
    public static string Label(string fieldPath, Microsoft.Extensions.Localization.IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var step = localizer["Flow.Step." + StepOf(fieldPath)].Value;
        var anchor = AnchorOf(fieldPath);
        if (anchor == "step-heading")
        {
            return step;
        }

        var field = localizer["Flow.Field." + anchor];
        return $"{step}: {(field.ResourceNotFound ? anchor : field.Value)}";
    }

    /// <summary>The input's id on its page (the anchor) for a field path.</summary>
    public static string AnchorOf(string fieldPath) => Target(fieldPath).Anchor;

    private static (string Page, string Anchor) Target(string fieldPath)
    {
        var list = Lists.Where(l => fieldPath == l || fieldPath.StartsWith(l + ".", StringComparison.Ordinal) || fieldPath.StartsWith(l + "[", StringComparison.Ordinal))
            .OrderByDescending(l => l.Length).FirstOrDefault() ?? "";
        var rest = fieldPath[list.Length..];
        string? entry = null;
        if (rest.StartsWith('[') && rest.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            entry = Guid.TryParse(rest[1..close], out var entryId) ? entryId.ToString() : null;
            rest = rest[(close + 1)..];
        }

        var field = rest.StartsWith('.') && rest.Length > 1 ? rest[1..] : null;
        var page = list switch
        {
            DeclarationFieldPaths.Self => DeclarationSteps.Self,
            DeclarationFieldPaths.Spouse or DeclarationFieldPaths.SpouseIncome => DeclarationSteps.Spouse,
            DeclarationFieldPaths.Relatives or DeclarationFieldPaths.YoungRelatives or DeclarationFieldPaths.OtherEarnersRelatives
                or DeclarationFieldPaths.SpecificRelatives or DeclarationFieldPaths.SpecificRelativeTicks =>
                entry is null ? DeclarationSteps.Dependants : $"{DeclarationSteps.Dependants}/{entry}",
            DeclarationFieldPaths.Life => Line(InsuranceLines.Life, entry),
            DeclarationFieldPaths.Earthquake => Line(InsuranceLines.Earthquake, entry),
            DeclarationFieldPaths.SocialInsurance => Line(InsuranceLines.Social, entry),
            DeclarationFieldPaths.MutualAid => Line(InsuranceLines.MutualAid, entry),
            DeclarationFieldPaths.HousingLoan => DeclarationSteps.HousingLoan,
            DeclarationFieldPaths.IncomeAdjustment => $"{DeclarationSteps.Dependants}#IncomeAdjustment",
            _ => DeclarationSteps.Summary,
        };
        if (page.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0)
        {
            return (page[..hash], page[(hash + 1)..]);
        }

        return (page, field is null ? "step-heading" : InputId(field));
    }

    private static string Line(string kind, string? entry) => entry is null ? $"{DeclarationSteps.Insurance}#{kind}" : $"{DeclarationSteps.Insurance}/{kind}/{entry}";

    // The pages name their inputs after the path's last segment (income → Income), with a few renamings.
    private static string InputId(string field) => field switch
    {
        "salaryRevenue" => "SalaryRevenue",
        "otherIncome" => "OtherIncome",
        "myNumber" => "MyNumber",
        "nonResidentReason" => "NonResidentReason",
        "amount" => "Premium",
        "certificate" => "Certificate",
        "kind" => "Kind",
        "rateBasisPoints" => "RateBasisPoints",
        _ when field.Contains('.', StringComparison.Ordinal) => char.ToUpperInvariant(field[0]) + field[1..field.IndexOf('.', StringComparison.Ordinal)],
        _ => char.ToUpperInvariant(field[0]) + field[1..],
    };
}
