using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.GetCalculationState;

/// <summary>
/// Four counts in SQL over the year's rows (ADR 0039); nothing is loaded or computed. Kept per node (ADR 0056) under
/// the tenant's write generation: this node's commands and jobs (approvals, calculation runs, publishing, payroll and
/// master changes) show on the next view, another node's within <see cref="MaxAge"/>.
/// </summary>
public sealed class GetCalculationStateQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IReadModelCache cache, TenantWriteGeneration generation)
    : IQueryHandler<GetCalculationStateQuery, CalculationStateDto>
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public async ValueTask<CalculationStateDto> Handle(GetCalculationStateQuery query, CancellationToken cancellationToken)
    {
        // Only those who run calculations see the state (the dashboard asks only for them, ADR 0040).
        currentUser.RequirePermission(Permission.RunCalculations);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);

        // A limited admin counts only their departments' rows (ResultScope), so their scope is part of the key.
        var key = $"calculation-state:{tenantId.Value}:{query.TaxYear}:{currentUser.DepartmentScopeKey()}";
        var stamp = generation.Current(tenantId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await cache.GetOrComputeAsync(key, stamp, MaxAge, ct => ComputeAsync(query, ct), cancellationToken);
    }

    private async Task<CalculationStateDto> ComputeAsync(GetCalculationStateQuery query, CancellationToken cancellationToken)
    {
        var year = new TaxYear(query.TaxYear);
        var results = ResultScope.Visible(db.YearEndResults.AsNoTracking(), db, currentUser).Where(r => r.TaxYear == year);
        var notRun = await ResultScope.Visible(db.Declarations.AsNoTracking(), db, currentUser)
            .Where(d => d.TaxYear == year && d.Status == DeclarationStatus.Approved)
            .Where(ResultStaleness.NotCalculated(db))
            .CountAsync(cancellationToken);
        var stale = await results.Where(ResultStaleness.IsStale(db)).CountAsync(cancellationToken);
        var all = await results.CountAsync(cancellationToken);
        var published = await results.Where(r => r.IsPublished).Where(ResultStaleness.IsCurrent(db)).CountAsync(cancellationToken);
        return new CalculationStateDto(query.TaxYear, notRun, all - stale, stale, published);
    }
}
