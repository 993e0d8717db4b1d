using System.Text.Json;

namespace YearEndAdjustment.Application.Outputs.PrepareSlipArchive;

/// <summary>A finished archive for its page: counts only (ADR 0032: no personal data in a job result).</summary>
public sealed record SlipArchiveSummary(int Year, int Slips, long Bytes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SlipArchiveSummary? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SlipArchiveSummary>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
