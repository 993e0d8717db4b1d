using System.Text.Json;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ImportEmployees;

namespace YearEndAdjustment.Application.Employees.StartEmployeeImport;

/// <summary>
/// A finished import for its page: counts, and for a refused file the first issues (line, column, a message that
/// never repeats a cell's value), so the job's result stays small and holds no personal data (ADR 0032).
/// </summary>
public sealed record EmployeeImportSummary(
    bool Applied,
    int Added,
    int Changed,
    int Unchanged,
    int Disabled,
    int AccountsCreated,
    int AccountsInvited,
    int AccountsDisabled,
    int ErrorCount,
    IReadOnlyList<CsvImportIssue> Errors)
{
    /// <summary>Issues kept in the result (the job's result column holds 4,000 characters).</summary>
    public const int MaxIssues = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EmployeeImportSummary Of(EmployeeImportResult result) => new(
        result.Applied, result.Added, result.Changed, result.Unchanged, result.Disabled,
        result.AccountsCreated, result.AccountsInvited, result.AccountsDisabled, result.ErrorCount, [.. result.Errors.Take(MaxIssues)]);

    public string ToJson()
    {
        // Long messages could overflow the column: drop issues until it fits (the count stays right).
        var summary = this;
        var json = JsonSerializer.Serialize(summary, Json);
        while (json.Length > Domain.Jobs.BackgroundJob.PayloadMaxLength && summary.Errors.Count > 0)
        {
            summary = summary with { Errors = [.. summary.Errors.Take(summary.Errors.Count - 1)] };
            json = JsonSerializer.Serialize(summary, Json);
        }

        return json;
    }

    public static EmployeeImportSummary? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EmployeeImportSummary>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
