using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.UnpublishResults;

public sealed class UnpublishResultsCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<UnpublishResultsCommand, int>
{
    public async ValueTask<int> Handle(UnpublishResultsCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.PublishResults);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var year = new TaxYear(command.TaxYear);
        var published = ResultScope.Visible(db.YearEndResults, db, currentUser).Where(r => r.TaxYear == year && r.IsPublished);
        int count;
        if (command.EmployeeIds.Count == 0)
        {
            count = await published.ExecuteUpdateAsync(set => set
                .SetProperty(r => r.IsPublished, false)
                .SetProperty(r => r.PublishedAtUtc, (DateTime?)null)
                .SetProperty(r => r.PublishedBy, (AccountId?)null)
                .SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        }
        else
        {
            var ids = command.EmployeeIds.Distinct().Select(g => new EmployeeId(g)).ToList();
            var results = await published.Where(r => ids.Contains(r.EmployeeId)).ToListAsync(cancellationToken);
            foreach (var result in results)
            {
                result.Unpublish();
            }

            count = results.Count;
        }

        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, me, AuditAction.ResultsUnpublished,
            command.EmployeeIds.Count == 1 ? new EmployeeId(command.EmployeeIds[0]) : null,
            detail: $"year={command.TaxYear} unpublished={count} selected={command.EmployeeIds.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }
}
