using FluentValidation;
using YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

namespace YearEndAdjustment.Application.AccessLogs.ExportAccessLogs;

public sealed class ExportAccessLogsCommandValidator : AbstractValidator<ExportAccessLogsCommand>
{
    public ExportAccessLogsCommandValidator() => RuleFor(c => c.Search).SetValidator(new ListAccessLogsQueryValidator());
}
