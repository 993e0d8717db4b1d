using System.Text.Json;

namespace YearEndAdjustment.Application.Reminders.SendReminders;

/// <summary>The reminder job's result for its progress page: counts only.</summary>
public sealed class SendRemindersSummary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Sent { get; set; }

    public int Failed { get; set; }

    /// <summary>Claimed by an earlier attempt of the same round (a takeover): not mailed again.</summary>
    public int AlreadySent { get; set; }

    /// <summary>Reminded today by another round (scheduled or by hand): one reminder per person per day (ADR 0048).</summary>
    public int RemindedToday { get; set; }

    /// <summary>Sent, but only after a failed attempt.</summary>
    public int Retried { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SendRemindersSummary? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SendRemindersSummary>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
