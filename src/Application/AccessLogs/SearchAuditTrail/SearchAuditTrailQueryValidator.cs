using FluentValidation;
using YearEndAdjustment.Application.AccessLogs.ListAccessLogs;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

public sealed class SearchAuditTrailQueryValidator : AbstractValidator<SearchAuditTrailQuery>
{
    public SearchAuditTrailQueryValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(ListAccessLogsQueryValidator.Earliest, ListAccessLogsQueryValidator.Latest).When(q => q.From is not null)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationPeriodOrder));
        RuleFor(q => q.To).InclusiveBetween(ListAccessLogsQueryValidator.Earliest, ListAccessLogsQueryValidator.Latest).When(q => q.To is not null)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationPeriodOrder));
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationPeriodOrder));
        RuleFor(q => q.Actor).MaximumLength(64);
        RuleFor(q => q.Subject).MaximumLength(64);
    }
}
