using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.ListResults;

/// <summary>Totals by SQL aggregates; the page by offset over (employee number), bounded by the validator.</summary>
public sealed class ListResultsQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListResultsQuery, ResultListDto>
{
    public async ValueTask<ResultListDto> Handle(ListResultsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.RunCalculations);
        var year = new TaxYear(query.TaxYear);
        var inYear = ResultScope.Visible(db.YearEndResults.AsNoTracking(), db, currentUser).Where(r => r.TaxYear == year);

        var totals = await inYear.GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            Refund = g.Sum(r => r.Difference < 0 ? -r.Difference : 0),
            Collection = g.Sum(r => r.Difference > 0 ? r.Difference : 0),
            NotAdjusted = g.Count(r => r.NotAdjustedReason != NotAdjustedReason.None),
        }).SingleOrDefaultAsync(cancellationToken);
        var staleCount = await inYear.Where(ResultStaleness.IsStale(db)).CountAsync(cancellationToken);

        var filtered = query.Status switch
        {
            ResultStatusFilter.Current => inYear.Where(ResultStaleness.IsCurrent(db)),
            ResultStatusFilter.Stale => inYear.Where(ResultStaleness.IsStale(db)),
            ResultStatusFilter.NotAdjusted => inYear.Where(r => r.NotAdjustedReason != NotAdjustedReason.None),
            _ => inYear,
        };
        if (query.Published is { } published)
        {
            filtered = filtered.Where(r => r.IsPublished == published);
        }

        var rows = from r in filtered
                   join e in db.Employees.AsNoTracking() on r.EmployeeId equals e.Id
                   select new { r, e };
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            var department = query.Department.Trim();
            rows = rows.Where(x => x.e.DepartmentCode == department);
        }

        if (!string.IsNullOrWhiteSpace(query.EmployeeNumber) && EmployeeNumber.Check(query.EmployeeNumber.Trim()) is null)
        {
            var prefix = EmployeeNumber.Create(query.EmployeeNumber.Trim());
            rows = rows.Where(x => x.e.Number == prefix);
        }

        var matches = await rows.CountAsync(cancellationToken);
        var current = ResultStaleness.IsCurrent(db);
        var page = await rows
            .OrderBy(x => x.e.Number)
            .Skip((query.Page - 1) * ListResultsQuery.PageSize)
            .Take(ListResultsQuery.PageSize)
            .Select(x => new { x.e.Id, Number = x.e.Number, x.e.Name, x.e.DepartmentCode, x.r.AnnualTax, x.r.Difference, x.r.NotAdjustedReason, x.r.IsPublished, x.r.ComputedAtUtc, ResultId = x.r.Id })
            .ToListAsync(cancellationToken);
        var pageIds = page.Select(p => p.ResultId).ToList();
        var currentIds = (await db.YearEndResults.AsNoTracking().Where(r => pageIds.Contains(r.Id)).Where(current).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();

        return new ResultListDto(
            query.TaxYear, totals?.Count ?? 0, totals?.Refund ?? 0, totals?.Collection ?? 0, totals?.NotAdjusted ?? 0, staleCount, matches, query.Page,
            [.. page.Select(p => new ResultRowDto(p.Id.Value, p.Number.Value, p.Name, p.DepartmentCode, p.AnnualTax, p.Difference, p.NotAdjustedReason,
                !currentIds.Contains(p.ResultId), p.IsPublished, p.ComputedAtUtc))]);
    }
}
