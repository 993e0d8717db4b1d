using System.Text.Json;

namespace YearEndAdjustment.Application.Results.RunCalculation;

/// <summary>The run job's payload: the year and the run's id (ADR 0032: no personal data).</summary>
public sealed record RunCalculationPayload(int Year, Guid RunId)
{
    public const string Kind = "results.calculate";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One run per tenant and year at a time: two would write the same rows.</summary>
    public static string ConcurrencyKeyFor(int year) => $"{Kind}:{year}";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RunCalculationPayload FromJson(string json) =>
        JsonSerializer.Deserialize<RunCalculationPayload>(json, Json) ?? throw new JsonException("Empty payload.");
}
