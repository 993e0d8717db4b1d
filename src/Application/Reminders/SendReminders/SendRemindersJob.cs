using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Reminders.SendReminders;

/// <summary>
/// Mails one round (ADR 0040). Lists the ids of the pending declarations in the requester's scope, then per batch
/// reads the addresses again (a declaration submitted meanwhile drops out), claims each declaration for the round
/// by inserting its <see cref="ReminderDelivery"/> row, commits, and only then sends. A takeover or a second node
/// finds the claims and skips them; a mail that fails after its claim is counted as failed, not retried (at most
/// once, never twice).
/// </summary>
public sealed class SendRemindersJob(
    IAppDbContext db,
    IBulkWriter writer,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    IEmailSender mail,
    ISiteLinks links,
    TimeProvider clock) : IBackgroundJobHandler
{
    public const int BatchSize = 500;
    public const string Stage = "reminders.sending";
    public const string ForbiddenCode = "reminders.forbidden";

    public string Kind => SendRemindersPayload.Kind;

    public async Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var payload = SendRemindersPayload.FromJson(context.Payload);
        if (!currentUser.Has(Permission.ReviewDeclarations))
        {
            // The requester's rights now, not when they clicked or set the schedule (ADR 0032).
            throw new JobFailedException(ForbiddenCode, "The requester may no longer send reminders.");
        }

        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("The reminder job needs a tenant.");
        var round = await db.ReminderRounds.SingleAsync(r => r.Id == payload.RoundId, cancellationToken);
        var summary = new SendRemindersSummary();
        if (round.CompletedAtUtc is not null)
        {
            return summary.ToJson();
        }

        var year = new TaxYear(payload.Year);
        var text = (await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.Text ?? ReminderText.Default;
        var ids = await ReminderRecipients.Pending(db, currentUser, year).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        context.Report(Stage, 0, ids.Count);
        for (var start = 0; start < ids.Count; start += BatchSize)
        {
            var batch = ids.GetRange(start, Math.Min(BatchSize, ids.Count - start));
            var claimed = await ClaimWithRetryAsync(tenantId, round.Id, year, batch, summary, cancellationToken);
            foreach (var r in claimed)
            {
                try
                {
                    await mail.SendAsync(ReminderMail.Compose(text, links, tenantContext, r.Email, r.DisplayName, payload.Year, r.Deadline), cancellationToken);
                    summary.Sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    summary.Failed++;
                }
            }

            context.Report(Stage, start + batch.Count, ids.Count);
        }

        round.Complete(summary.Sent, summary.Failed, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return summary.ToJson();
    }

    /// <summary>Another writer claiming one of the batch first fails the insert: the batch is read again and retried.</summary>
    private async Task<List<ReminderRecipient>> ClaimWithRetryAsync(
        TenantId tenantId, Guid roundId, TaxYear year, List<DeclarationId> batch, SendRemindersSummary summary, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var recipients = await ReminderRecipients.LoadAsync(db, currentUser, year, batch, cancellationToken);
            var ids = recipients.Select(r => r.DeclarationId.Value).ToList();
            var taken = (await db.ReminderDeliveries.AsNoTracking()
                .Where(d => d.RoundId == roundId && ids.Contains(d.DeclarationId))
                .Select(d => d.DeclarationId)
                .ToListAsync(cancellationToken)).ToHashSet();
            var mine = recipients.Where(r => !taken.Contains(r.DeclarationId.Value)).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var claims = mine.Select(r => ReminderDelivery.Claim(tenantId, roundId, r.DeclarationId.Value, now)).ToList();
            try
            {
                await using var session = await writer.BeginAsync(cancellationToken);
                db.ReminderDeliveries.AddRange(claims);
                await db.SaveChangesAsync(cancellationToken);
                await session.CommitAsync(cancellationToken);
                summary.AlreadySent += taken.Count;
                return mine;
            }
            catch (Exception ex) when (attempt < 3 && ex is DbUpdateException or DbException)
            {
            }
            finally
            {
                // Let go of the claims either way: the round row, tracked by the same context, stays.
                foreach (var claim in claims)
                {
                    db.ReminderDeliveries.Entry(claim).State = EntityState.Detached;
                }
            }
        }
    }
}
