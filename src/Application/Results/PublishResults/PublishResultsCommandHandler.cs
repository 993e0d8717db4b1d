using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.PublishResults;

/// <summary>
/// A selection goes through the aggregate (its rule refuses a stale result). "All" is one conditional UPDATE over the
/// current, unpublished results of the scope: the same rule as a WHERE clause, so 100,000 rows are not loaded.
/// </summary>
public sealed class PublishResultsCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<PublishResultsCommand, PublishResultsResult>
{
    public async ValueTask<PublishResultsResult> Handle(PublishResultsCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.PublishResults);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = new TaxYear(command.TaxYear);
        var inYear = ResultScope.Visible(db.YearEndResults, db, currentUser).Where(r => r.TaxYear == year);
        int published;
        var staleSkipped = 0;
        if (command.EmployeeIds.Count == 0)
        {
            staleSkipped = await inYear.Where(r => !r.IsPublished).Where(ResultStaleness.IsStale(db)).CountAsync(cancellationToken);
            published = await inYear.Where(r => !r.IsPublished).Where(ResultStaleness.IsCurrent(db))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.IsPublished, true)
                    .SetProperty(r => r.PublishedAtUtc, now)
                    .SetProperty(r => r.PublishedBy, me)
                    .SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        }
        else
        {
            var ids = command.EmployeeIds.Distinct().Select(g => new EmployeeId(g)).ToList();
            var results = await inYear.Where(r => ids.Contains(r.EmployeeId)).ToListAsync(cancellationToken);
            if (results.Count != ids.Count)
            {
                // Not calculated, or outside the admin's departments: the same answer, no hint which.
                throw NotFoundException.Of(MessageKeys.ResultsNotFound);
            }

            var resultIds = results.Select(r => r.Id).ToList();
            var stale = (await db.YearEndResults.Where(r => resultIds.Contains(r.Id)).Where(ResultStaleness.IsStale(db))
                .Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
            if (stale.Count > 0)
            {
                throw new DomainRuleViolationException(YearEndResult.StalePublishCode, Messages.Rule(MessageKeys.ResultsStalePublishCount, stale.Count));
            }

            published = results.Count(r => !r.IsPublished);
            foreach (var result in results)
            {
                result.Publish(ResultFreshness.Current, me, now);
            }
        }

        db.AuditEntries.Add(AuditEntry.Record(tenantId, now, me, AuditAction.ResultsPublished,
            command.EmployeeIds.Count == 1 ? new EmployeeId(command.EmployeeIds[0]) : null,
            detail: $"year={command.TaxYear} published={published} selected={command.EmployeeIds.Count} staleSkipped={staleSkipped}"));
        await db.SaveChangesAsync(cancellationToken);
        return new PublishResultsResult(published, staleSkipped);
    }
}
