using System.Text.Json;

namespace YearEndAdjustment.Application.Employees.StartEmployeeImport;

/// <summary>The import job's payload: the kept upload's id and the preview's fingerprint (ADR 0032: no personal data).</summary>
public sealed record EmployeeImportPayload(Guid Upload, string? Fingerprint)
{
    public const string Kind = "employees.import";

    /// <summary>One import per tenant at a time: two would plan against the same rows and only queue on the write lock.</summary>
    public const string ConcurrencyKey = Kind;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EmployeeImportPayload FromJson(string json) =>
        JsonSerializer.Deserialize<EmployeeImportPayload>(json, Json) ?? throw new JsonException("Empty payload.");
}
