using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

/// <summary>Every persisted DateTime is UTC; reading marks it so, because SQLite and datetime2 forget the kind.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
