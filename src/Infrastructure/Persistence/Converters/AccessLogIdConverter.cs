using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

internal sealed class AccessLogIdConverter() : ValueConverter<AccessLogId, Guid>(v => v.Value, v => new AccessLogId(v));
