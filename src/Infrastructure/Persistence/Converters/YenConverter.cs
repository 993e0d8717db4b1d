using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

internal sealed class YenConverter() : ValueConverter<Yen, long>(v => v.Value, v => new Yen(v));
