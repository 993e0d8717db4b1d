using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

internal sealed class EmployeeIdConverter() : ValueConverter<EmployeeId, Guid>(v => v.Value, v => new EmployeeId(v));
