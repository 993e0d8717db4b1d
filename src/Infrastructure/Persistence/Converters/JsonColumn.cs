using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

// A domain value stored as one JSON text column (ADR 0031): the declaration forms are immutable records replaced as a
// whole, so a column per form is read and written in one piece on SQLite and SQL Server alike. Enums as names, so a
// reordered enum does not change stored meaning; computed (get-only) members are not stored.
internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ValueConverter<T, string> Converter<T>() =>
        new(value => JsonSerializer.Serialize(value, Options), json => FromJson<T>(json));

    /// <summary>A stored column's value, as the converter reads it (also for reads that bypass EF, ADR 0066).</summary>
    public static T FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    // Equal when the JSON is equal; the snapshot can share the instance because the records are immutable. So an
    // unchanged form is the very instance of the snapshot: equal without serialising either (a save that changes
    // nothing, the autosave's common case, compared five JSON columns by serialising each twice).
    public static ValueComparer<T> Comparer<T>() =>
        new(
            (a, b) => ReferenceEquals(a, b) || JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
            value => value);
}
