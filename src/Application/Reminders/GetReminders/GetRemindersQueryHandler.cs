using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Reminders.SendReminders;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Reminders.GetReminders;

public sealed class GetRemindersQueryHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, ISiteLinks links)
    : IQueryHandler<GetRemindersQuery, RemindersDto>
{
    /// <summary>Stands in for the recipient's name in the preview: no real person's data on the page.</summary>
    public const string SampleName = "山田 花子";

    public async ValueTask<RemindersDto> Handle(GetRemindersQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ReviewDeclarations);
        var year = new TaxYear(query.TaxYear);
        var ofYear = ReminderRecipients.InScope(db, currentUser, year);

        var hasDeclarations = await ofYear.AnyAsync(cancellationToken);
        var deadline = hasDeclarations ? await ofYear.MinAsync(d => d.Deadline, cancellationToken) : null;
        var recipients = hasDeclarations ? await ReminderRecipients.Pending(db, currentUser, year).CountAsync(cancellationToken) : 0;
        var settings = await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var text = settings?.Text ?? ReminderText.Default;
        var (subject, body) = ReminderMail.Render(text, links, tenantContext, SampleName, query.TaxYear, deadline);
        var schedule = await db.ReminderSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.TaxYear == year, cancellationToken);
        var rounds = await db.ReminderRounds.AsNoTracking()
            .Where(r => r.TaxYear == year)
            .OrderByDescending(r => r.CreatedAtUtc)
            .Take(20)
            .Select(r => new ReminderRoundDto(r.CreatedAtUtc, r.DaysBefore, r.CompletedAtUtc != null, r.Sent, r.Failed))
            .ToListAsync(cancellationToken);
        var key = SendRemindersPayload.ConcurrencyKeyFor(query.TaxYear);
        var running = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.ConcurrencyKey == key && j.RequestedBy == me && (j.State == BackgroundJobState.Queued || j.State == BackgroundJobState.Running))
            .Select(j => (Guid?)j.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new RemindersDto(
            query.TaxYear, hasDeclarations, deadline, recipients,
            new ReminderTextDto(text.SubjectJa, text.BodyJa, text.SubjectEn, text.BodyEn), settings is null,
            subject, body, schedule?.Days ?? [], rounds, running);
    }
}
