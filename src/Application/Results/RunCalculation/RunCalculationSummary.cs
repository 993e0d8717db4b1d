using System.Text.Json;
using System.Text.Json.Serialization;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.RunCalculation;

/// <summary>A run's outcome for its page: counts only (ADR 0032: no personal data in a job result).</summary>
public sealed class RunCalculationSummary
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Approved declarations the run looked at.</summary>
    public int Declarations { get; set; }

    /// <summary>New or changed figures stored (they are unpublished until published).</summary>
    public int Calculated { get; set; }

    /// <summary>Same input as the stored result: figures and publication kept.</summary>
    public int Unchanged { get; set; }

    /// <summary>No payroll totals for the year: nothing to compute from.</summary>
    public int NoPayroll { get; set; }

    /// <summary>The calculator refused the input (the declaration's checks say why).</summary>
    public int Refused { get; set; }

    /// <summary>Stored results with a not-adjusted reason, by reason.</summary>
    public Dictionary<NotAdjustedReason, int> NotAdjusted { get; set; } = [];

    /// <summary>Why the first refused input was refused; never stored (it may name a figure).</summary>
    [JsonIgnore]
    public RuleMessage? FirstRefusal { get; set; }

    public static RunCalculationSummary? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunCalculationSummary>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
