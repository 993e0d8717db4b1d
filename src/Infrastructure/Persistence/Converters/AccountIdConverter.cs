using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

internal sealed class AccountIdConverter() : ValueConverter<AccountId, Guid>(v => v.Value, v => new AccountId(v));
