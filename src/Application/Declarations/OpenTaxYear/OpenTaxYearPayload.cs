using System.Text.Json;
using System.Text.Json.Serialization;

namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

/// <summary>
/// The opening job's payload (ADR 0032: ids and dates, never personal data). Leavers travel as employee ids, not
/// numbers or names. <see cref="OpenedOn"/> fixes "not yet left" to the day the admin asked, so a re-run or a
/// takeover the next day works on the same scope.
/// </summary>
public sealed record OpenTaxYearPayload(
    int Year,
    DateOnly Deadline,
    DateOnly OpenedOn,
    bool All,
    IReadOnlyList<string> Departments,
    IReadOnlyList<Guid> Leavers)
{
    public const string Kind = "declarations.open-year";
    // 50 codes of up to 20 characters and 50 ids stay well inside BackgroundJob.PayloadMaxLength (4,000).
    public const int MaxDepartments = 50;
    public const int MaxLeavers = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>One opening per tenant and year at a time.</summary>
    public static string ConcurrencyKeyFor(int year) => $"{Kind}:{year}";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OpenTaxYearPayload FromJson(string json) =>
        JsonSerializer.Deserialize<OpenTaxYearPayload>(json, Json) ?? throw new JsonException("Empty payload.");
}
