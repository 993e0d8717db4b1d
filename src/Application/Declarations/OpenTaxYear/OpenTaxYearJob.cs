using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

/// <summary>
/// The opening job (ADR 0032). First it lists the ids of the employees in scope (ids only, ~16 bytes each: no
/// entity graph), then creates the missing declarations in batches of <see cref="BatchSize"/>, one transaction per
/// batch through the bulk writer; declarations that exist are left alone except for a changed deadline. Then it
/// mails each employee in scope who has an enabled account with an address, claiming each declaration's
/// <see cref="Declaration.OpeningNoticeSentAtUtc"/> by a conditional update before sending: a re-run or a takeover
/// never mails twice (a mail that fails after its claim is counted as failed, not retried — the employee also
/// sees the declaration on their home page).
/// </summary>
public sealed class OpenTaxYearJob(
    IAppDbContext db,
    IBulkWriter writer,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    IEmailSender mail,
    ISiteLinks links,
    TimeProvider clock) : IBackgroundJobHandler
{
    public const int BatchSize = 2000;
    public const string CreatingStage = "declarations.creating";
    public const string NotifyingStage = "declarations.notifying";
    public const string ForbiddenCode = "declarations.open_year_forbidden";

    public string Kind => OpenTaxYearPayload.Kind;

    public async Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var payload = OpenTaxYearPayload.FromJson(context.Payload);
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("The opening job needs a tenant.");
        var mine = currentUser.Departments;
        if (!currentUser.Has(Permission.ReviewDeclarations)
            || (mine.Count > 0 && (payload.All || payload.Departments.Any(d => !mine.Contains(d, StringComparer.Ordinal)))))
        {
            // The requester's rights now, not when they clicked (ADR 0032).
            throw new JobFailedException(ForbiddenCode, "The requester may no longer open this scope.");
        }

        var ids = await ScopeAsync(payload, mine, cancellationToken);
        var summary = new OpenTaxYearSummary();
        context.Report(CreatingStage, 0, ids.Count);
        for (var start = 0; start < ids.Count; start += BatchSize)
        {
            var batch = ids.GetRange(start, Math.Min(BatchSize, ids.Count - start));
            await CreateBatchWithRetryAsync(tenantId, payload, batch, summary, cancellationToken);
            context.Report(CreatingStage, start + batch.Count, ids.Count);
        }

        context.Report(NotifyingStage, 0, ids.Count);
        for (var start = 0; start < ids.Count; start += BatchSize)
        {
            var batch = ids.GetRange(start, Math.Min(BatchSize, ids.Count - start));
            await NotifyBatchAsync(payload, batch, summary, cancellationToken);
            context.Report(NotifyingStage, start + batch.Count, ids.Count);
        }

        return JsonSerializer.Serialize(summary, OpenTaxYearSummary.Json);
    }

    /// <summary>
    /// Employed at some time in the year and not left before the day of the opening (hired by 31 December, no leave
    /// date or one on or after <see cref="OpenTaxYearPayload.OpenedOn"/>), in the chosen departments; plus the chosen
    /// leavers. Limited admins never reach beyond their departments. One query in the database's key order, so that
    /// each batch is a key range (ADR 0055).
    /// </summary>
    private async Task<List<EmployeeId>> ScopeAsync(OpenTaxYearPayload payload, IReadOnlyList<string> mine, CancellationToken cancellationToken)
    {
        var lastDay = new DateOnly(payload.Year, 12, 31);
        var openedOn = payload.OpenedOn;
        var all = payload.All;
        var departments = payload.Departments.ToList();
        var leaverIds = payload.Leavers.Select(g => new EmployeeId(g)).ToList();
        var limited = mine.Count > 0;
        var myDepartments = mine.ToList();
        return await db.Employees.AsNoTracking()
            .Where(e =>
                (e.HireDate <= lastDay && (e.LeaveDate == null || e.LeaveDate >= openedOn)
                    && (all || (e.DepartmentCode != null && departments.Contains(e.DepartmentCode))))
                || (leaverIds.Contains(e.Id) && (!limited || (e.DepartmentCode != null && myDepartments.Contains(e.DepartmentCode)))))
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The batch's rows of a per-employee query as the key range of its first and last id (a slice of
    /// <see cref="ScopeAsync"/>'s ordered list): an IN list of 2,000 parameters cost more to prepare and bind than the
    /// rows to read. Rows in the range but outside the scope are dropped by the caller.
    /// </summary>
    private static (EmployeeId First, EmployeeId Last, HashSet<EmployeeId> Members) Range(List<EmployeeId> batch) =>
        (batch[0], batch[^1], batch.ToHashSet());

    /// <summary>
    /// An employee who opens their own declaration while the batch runs may create it first: the unique index then
    /// fails the batch, which is read again and retried (the existing one is left alone).
    /// </summary>
    private async Task CreateBatchWithRetryAsync(TenantId tenantId, OpenTaxYearPayload payload, List<EmployeeId> batch, OpenTaxYearSummary summary, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (created, existing, updated) = await CreateBatchAsync(tenantId, payload, batch, cancellationToken);
                summary.Created += created;
                summary.Existing += existing;
                summary.DeadlineUpdated += updated;
                return;
            }
            catch (Exception ex) when (attempt < 3 && ex is DbUpdateException or DbException)
            {
            }
        }
    }

    private async Task<(int Created, int Existing, int Updated)> CreateBatchAsync(TenantId tenantId, OpenTaxYearPayload payload, List<EmployeeId> batch, CancellationToken cancellationToken)
    {
        var year = new TaxYear(payload.Year);
        var deadline = payload.Deadline;
        var now = clock.GetUtcNow().UtcDateTime;
        var (first, last, members) = Range(batch);
        var existing = (await db.Declarations.AsNoTracking()
                .Where(d => d.TaxYear == year && d.EmployeeId >= first && d.EmployeeId <= last)
                .Select(d => new { d.EmployeeId, d.Deadline })
                .ToListAsync(cancellationToken))
            .Where(d => members.Contains(d.EmployeeId))
            .ToList();
        var have = existing.Select(e => e.EmployeeId).ToHashSet();
        var changes = new BulkChangeSet();
        foreach (var id in batch.Where(id => !have.Contains(id)))
        {
            changes.Insert(Declaration.Create(tenantId, id, year, deadline, now));
        }

        var stale = existing.Where(e => e.Deadline != deadline).Select(e => e.EmployeeId).ToList();
        await using var session = await writer.BeginAsync(cancellationToken);
        await session.WriteAsync(changes, cancellationToken);
        if (stale.Count > 0)
        {
            // Rare (the admin changed the deadline on a second opening): through the aggregate, with its version check.
            foreach (var declaration in await db.Declarations.Where(d => d.TaxYear == year && stale.Contains(d.EmployeeId)).ToListAsync(cancellationToken))
            {
                declaration.SetDeadline(deadline, now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        return (changes.Count, existing.Count, stale.Count);
    }

    private async Task NotifyBatchAsync(OpenTaxYearPayload payload, List<EmployeeId> batch, OpenTaxYearSummary summary, CancellationToken cancellationToken)
    {
        var year = new TaxYear(payload.Year);
        var (first, last, members) = Range(batch);
        var candidates = (await (
                    from d in db.Declarations.AsNoTracking()
                    where d.TaxYear == year && d.EmployeeId >= first && d.EmployeeId <= last && d.OpeningNoticeSentAtUtc == null
                    from a in db.Accounts.AsNoTracking()
                    where a.EmployeeId == d.EmployeeId && !a.IsDisabled && a.Email != null
                    select new { DeclarationId = d.Id, d.EmployeeId, a.Email, a.DisplayName, d.Deadline })
                .ToListAsync(cancellationToken))
            .Where(c => members.Contains(c.EmployeeId))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        // One mail per declaration even if two accounts point at the same employee.
        var recipients = candidates.GroupBy(c => c.DeclarationId).Select(g => g.First()).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = new List<int>();
        await using (var session = await writer.BeginAsync(cancellationToken))
        {
            // One transaction for the batch's claims; each is conditional, so only the first run to claim mails.
            for (var i = 0; i < recipients.Count; i++)
            {
                var id = recipients[i].DeclarationId;
                var rows = await db.Declarations
                    .Where(d => d.Id == id && d.OpeningNoticeSentAtUtc == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.OpeningNoticeSentAtUtc, now), cancellationToken);
                if (rows == 1)
                {
                    claimed.Add(i);
                }
            }

            await session.CommitAsync(cancellationToken);
        }

        foreach (var r in claimed.Select(i => recipients[i]))
        {
            try
            {
                await mail.SendAsync(OpeningNoticeMail.Compose(links, tenantContext, r.Email!, r.DisplayName, payload.Year, r.Deadline ?? payload.Deadline), cancellationToken);
                summary.Notified++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                summary.MailFailed++;
            }
        }
    }
}
