using System.Globalization;
using System.Text.RegularExpressions;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

/// <summary>
/// The detail of an import's audit entry: counts only, and the queued job that ran it. Written in the import's own
/// transaction, so it is also the proof that a job's import committed (ADR 0051).
/// </summary>
public static partial class EmployeeImportAudit
{
    public static string Detail(int added, int changed, int unchanged, int disabled, int myNumbers, Guid? jobId) =>
        $"added={added} changed={changed} unchanged={unchanged} disabled={disabled} mynumbers={myNumbers}"
        + (jobId is { } id ? $" {JobMarker(id)}" : "");

    /// <summary>The tail of the detail naming the job; searched for when a job is taken over.</summary>
    public static string JobMarker(Guid jobId) => $"job={jobId:N}";

    /// <summary>The counts of a detail this class wrote; null for any other text.</summary>
    public static EmployeeImportResult? CountsOf(string? detail)
    {
        if (detail is null || Counts().Match(detail) is not { Success: true } match)
        {
            return null;
        }

        int Read(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return new EmployeeImportResult(true, Read("added"), Read("changed"), Read("unchanged"), Read("disabled"), 0, []);
    }

    [GeneratedRegex("^added=(?<added>[0-9]+) changed=(?<changed>[0-9]+) unchanged=(?<unchanged>[0-9]+) disabled=(?<disabled>[0-9]+) ")]
    private static partial Regex Counts();
}
