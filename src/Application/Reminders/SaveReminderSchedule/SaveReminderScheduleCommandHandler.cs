using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Reminders.SaveReminderSchedule;

/// <summary>
/// Sets the year's schedule; the scheduled rounds then run as this admin (their scope and rights at the time).
/// A limited admin may set it, and their rounds reach only their departments.
/// </summary>
public sealed class SaveReminderScheduleCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<SaveReminderScheduleCommand>
{
    public async ValueTask<Unit> Handle(SaveReminderScheduleCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ReviewDeclarations);

        // The text and the schedule are the whole company's: a department-limited admin may send reminders to their
        // departments but not change what every other department's employees receive, or when.
        if (currentUser.Departments.Count > 0)
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenReminderSettingsScoped);
        }
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = new TaxYear(command.TaxYear);
        var schedule = await db.ReminderSchedules.SingleOrDefaultAsync(s => s.TaxYear == year, cancellationToken);
        if (schedule is null)
        {
            schedule = ReminderSchedule.Create(tenantId, year, command.DaysBefore, me, now);
            db.ReminderSchedules.Add(schedule);
        }
        else
        {
            schedule.Change(command.DaysBefore, me, now);
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"year={command.TaxYear};days={schedule.DaysBefore}");
        db.AuditEntries.Add(AuditEntry.Record(tenantId, now, me, AuditAction.ReminderScheduleChanged, detail: detail));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
