using System.Text.Json;

namespace YearEndAdjustment.Application.Reminders.SendReminders;

/// <summary>The reminder job's payload: the year and the round (ids only, ADR 0032).</summary>
public sealed record SendRemindersPayload(int Year, Guid RoundId)
{
    public const string Kind = "reminders.send";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One reminder job per tenant and year at a time, by hand or scheduled.</summary>
    public static string ConcurrencyKeyFor(int year) => $"{Kind}:{year}";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SendRemindersPayload FromJson(string json) =>
        JsonSerializer.Deserialize<SendRemindersPayload>(json, Json) ?? throw new JsonException("Empty payload.");
}
