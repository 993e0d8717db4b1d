using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.GetCalculationState;

/// <summary>Three counts in SQL over the year's rows (ADR 0039); nothing is loaded or computed.</summary>
public sealed class GetCalculationStateQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetCalculationStateQuery, CalculationStateDto>
{
    public async ValueTask<CalculationStateDto> Handle(GetCalculationStateQuery query, CancellationToken cancellationToken)
    {
        // Only those who run calculations see the state (the dashboard asks only for them, ADR 0040).
        currentUser.RequirePermission(Permission.RunCalculations);

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
