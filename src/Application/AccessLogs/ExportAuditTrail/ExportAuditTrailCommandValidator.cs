using FluentValidation;
using YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

namespace YearEndAdjustment.Application.AccessLogs.ExportAuditTrail;

public sealed class ExportAuditTrailCommandValidator : AbstractValidator<ExportAuditTrailCommand>
{
    public ExportAuditTrailCommandValidator() => RuleFor(c => c.Search).SetValidator(new SearchAuditTrailQueryValidator());
}
