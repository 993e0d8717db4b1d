using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Reminders.SendReminders;

/// <summary>
/// Queues a hand-sent round (ADR 0040): refused when nobody in the admin's scope is waiting for one, or while a
/// reminder job of the year is still queued or running (two rounds at once would mail the same people twice).
/// </summary>
public sealed class SendRemindersCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<SendRemindersCommand, SendRemindersResult>
{
    public async ValueTask<SendRemindersResult> Handle(SendRemindersCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ReviewDeclarations);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var year = new TaxYear(command.TaxYear);
        var recipients = await ReminderRecipients.Pending(db, currentUser, year).CountAsync(cancellationToken);
        if (recipients == 0)
        {
            throw new DomainRuleViolationException(MessageKeys.RemindersNobody, Messages.Rule(MessageKeys.RemindersNobody, command.TaxYear));
        }

        var key = SendRemindersPayload.ConcurrencyKeyFor(command.TaxYear);
        if (await db.BackgroundJobs.AnyAsync(j => j.ConcurrencyKey == key && (j.State == BackgroundJobState.Queued || j.State == BackgroundJobState.Running), cancellationToken))
        {
            throw new DomainRuleViolationException(MessageKeys.RemindersRunning, Messages.Rule(MessageKeys.RemindersRunning, command.TaxYear));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var job = ReminderQueue.Add(db, ReminderRound.Manual(tenantId, year, me, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return new SendRemindersResult(job.Id, recipients);
    }
}
