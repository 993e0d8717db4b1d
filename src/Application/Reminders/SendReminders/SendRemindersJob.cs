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
/// Mails one round (ADR 0040, 0048). Lists the ids of the pending declarations in the requester's scope, then per
/// batch reads the addresses again (a declaration submitted meanwhile drops out), claims each declaration for today
/// (Japan date) by inserting its <see cref="ReminderDelivery"/> row, commits, and only then sends. A takeover, a
/// second node, or another round the same day (scheduled and by hand) finds the claim and skips it. Each mail is
/// tried up to <see cref="ReminderDelivery.MaxAttempts"/> times; the outcome (sent, or failed with the error's kind)
/// is written on the claim, and a failed claim is replaced by a later round's claim that day.
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

    // A short, growing pause between attempts rides out a relay's momentary refusal without holding the job long.
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(300);

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
            var day = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
            var claimed = await ClaimWithRetryAsync(tenantId, round.Id, year, day, batch, summary, cancellationToken);
            var outcomes = new List<(Guid DeclarationId, int Attempts, string? Error)>(claimed.Count);
            foreach (var r in claimed)
            {
                var (attempts, error) = await SendWithRetryAsync(
                    ReminderMail.Compose(text, links, tenantContext, r.Email, r.DisplayName, payload.Year, r.Deadline), cancellationToken);
                outcomes.Add((r.DeclarationId.Value, attempts, error));
                if (error is null)
                {
                    summary.Sent++;
                    summary.Retried += attempts > 1 ? 1 : 0;
                }
                else
                {
                    summary.Failed++;
                }
            }

            await RecordAsync(round.Id, outcomes, cancellationToken);
            context.Report(Stage, start + batch.Count, ids.Count);
        }

        round.Complete(summary.Sent, summary.Failed, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return summary.ToJson();
    }

    /// <summary>Tries one mail up to <see cref="ReminderDelivery.MaxAttempts"/> times; returns the attempts made and the last error's kind (null when sent).</summary>
    private async Task<(int Attempts, string? Error)> SendWithRetryAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        string? error = null;
        for (var attempt = 1; attempt <= ReminderDelivery.MaxAttempts; attempt++)
        {
            try
            {
                await mail.SendAsync(message, cancellationToken);
                return (attempt, null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The type only: an SMTP error message can quote the address.
                error = ex.GetType().Name;
            }

            if (attempt < ReminderDelivery.MaxAttempts)
            {
                await Task.Delay(RetryPause * attempt, cancellationToken);
            }
        }

        return (ReminderDelivery.MaxAttempts, error);
    }

    /// <summary>Writes each claim's outcome: one statement per attempt count for the sent, one per failed claim (rare).</summary>
    private async Task RecordAsync(Guid roundId, List<(Guid DeclarationId, int Attempts, string? Error)> outcomes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var group in outcomes.Where(o => o.Error is null).GroupBy(o => o.Attempts))
        {
            var sent = group.Select(o => o.DeclarationId).ToList();
            var attempts = group.Key;
            await db.ReminderDeliveries.Where(d => d.RoundId == roundId && sent.Contains(d.DeclarationId))
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.SentAtUtc, now).SetProperty(d => d.Attempts, attempts), cancellationToken);
        }

        foreach (var (declarationId, attempts, error) in outcomes)
        {
            if (error is null)
            {
                continue;
            }

            var kind = error[..Math.Min(error.Length, ReminderDelivery.ErrorMaxLength)];
            await db.ReminderDeliveries.Where(d => d.RoundId == roundId && d.DeclarationId == declarationId)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(d => d.FailedAtUtc, now).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LastError, kind),
                    cancellationToken);
        }
    }

    /// <summary>
    /// Claims the batch's declarations for <paramref name="day"/>. Skipped: those this round claimed before (a takeover)
    /// and those another round claimed today and sent or is sending. A claim another round gave up on today is deleted
    /// and claimed afresh. Another writer inserting one of the batch first (the unique keys) fails the insert: the
    /// batch is read again and retried, and finds that writer's claim.
    /// </summary>
    private async Task<List<ReminderRecipient>> ClaimWithRetryAsync(
        TenantId tenantId, Guid roundId, TaxYear year, DateOnly day, List<DeclarationId> batch, SendRemindersSummary summary, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var recipients = await ReminderRecipients.LoadAsync(db, currentUser, year, batch, cancellationToken);
            var ids = recipients.Select(r => r.DeclarationId.Value).ToList();
            var existing = await db.ReminderDeliveries.AsNoTracking()
                .Where(d => ids.Contains(d.DeclarationId) && (d.RoundId == roundId || d.Day == day))
                .Select(d => new { d.DeclarationId, d.RoundId, d.Day, Failed = d.FailedAtUtc != null })
                .ToListAsync(cancellationToken);
            var fresh = new List<ReminderRecipient>();
            int alreadySent = 0, remindedToday = 0;
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var r in recipients)
            {
                var found = existing.Where(e => e.DeclarationId == r.DeclarationId.Value).ToList();
                if (found.Any(e => e.RoundId == roundId))
                {
                    alreadySent++;
                }
                else if (found.FirstOrDefault(e => e.Day == day) is not { } today)
                {
                    fresh.Add(r);
                }
                else if (today.Failed && await ReleaseFailedAsync(r.DeclarationId.Value, day, cancellationToken))
                {
                    fresh.Add(r);
                }
                else
                {
                    remindedToday++;
                }
            }

            var claims = fresh.Select(r => ReminderDelivery.Claim(tenantId, roundId, r.DeclarationId.Value, day, now)).ToList();
            try
            {
                await using var session = await writer.BeginAsync(cancellationToken);
                db.ReminderDeliveries.AddRange(claims);
                await db.SaveChangesAsync(cancellationToken);
                await session.CommitAsync(cancellationToken);
                summary.AlreadySent += alreadySent;
                summary.RemindedToday += remindedToday;
                return fresh;
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

    /// <summary>Deletes a claim given up on today; true for the one round whose delete found it.</summary>
    private async Task<bool> ReleaseFailedAsync(Guid declarationId, DateOnly day, CancellationToken cancellationToken) =>
        await db.ReminderDeliveries
            .Where(d => d.DeclarationId == declarationId && d.Day == day && d.FailedAtUtc != null)
            .ExecuteDeleteAsync(cancellationToken) == 1;
}
