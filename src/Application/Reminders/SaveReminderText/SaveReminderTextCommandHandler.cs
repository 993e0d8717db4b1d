using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Reminders;

namespace YearEndAdjustment.Application.Reminders.SaveReminderText;

/// <summary>Saves (or resets) the tenant's wording; the audit row says that it changed, not what it says.</summary>
public sealed class SaveReminderTextCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<SaveReminderTextCommand>
{
    public async ValueTask<Unit> Handle(SaveReminderTextCommand command, CancellationToken cancellationToken)
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
        var text = command.RestoreDefault ? ReminderText.Default : new ReminderText(command.SubjectJa, command.BodyJa, command.SubjectEn, command.BodyEn);
        var settings = await db.ReminderSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.ReminderSettings.Add(ReminderSettings.Create(tenantId, text, now));
        }
        else
        {
            settings.Change(text, now);
        }

        db.AuditEntries.Add(AuditEntry.Record(tenantId, now, me, AuditAction.ReminderTextChanged, detail: command.RestoreDefault ? "default" : null));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
