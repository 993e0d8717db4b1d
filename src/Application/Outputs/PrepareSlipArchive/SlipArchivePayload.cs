using System.Text.Json;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.PrepareSlipArchive;

/// <summary>The archive job's payload: the year only (ADR 0032: no personal data; the scope is the requester's).</summary>
public sealed record SlipArchivePayload(int Year)
{
    public const string Kind = "outputs.slip-archive";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One archive per requester and year at a time; each admin's scope gives a different file.</summary>
    public static string ConcurrencyKeyFor(int year, AccountId requester) => $"{Kind}:{year}:{requester.Value:N}";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SlipArchivePayload FromJson(string json) =>
        JsonSerializer.Deserialize<SlipArchivePayload>(json, Json) ?? throw new JsonException("Empty payload.");
}
