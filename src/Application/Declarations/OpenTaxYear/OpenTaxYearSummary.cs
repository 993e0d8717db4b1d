using System.Text.Json;

namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

/// <summary>The opening job's result for its progress page: counts only.</summary>
public sealed class OpenTaxYearSummary
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Created { get; set; }

    public int Existing { get; set; }

    public int DeadlineUpdated { get; set; }

    public int Notified { get; set; }

    public int MailFailed { get; set; }

    public static OpenTaxYearSummary? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<OpenTaxYearSummary>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
