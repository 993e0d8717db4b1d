using System.Globalization;
using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

/// <summary>
/// Search dates within a sane window: the log holds only recent rows anyway, and a date such as 0001-01-01 or
/// 9999-12-31 cannot be turned into a UTC instant (the Japan day starts nine hours earlier in UTC).
/// </summary>
public sealed class ListAccessLogsQueryValidator : AbstractValidator<ListAccessLogsQuery>
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    private static string OutOfRange() => Messages.Get(MessageKeys.ValidationDateOutOfRange,
        Earliest.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture), Latest.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));

    public ListAccessLogsQueryValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(Earliest, Latest).When(q => q.From is not null).WithMessage(_ => OutOfRange());
        RuleFor(q => q.To).InclusiveBetween(Earliest, Latest).When(q => q.To is not null).WithMessage(_ => OutOfRange());
    }
}
