using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.GetYearDashboard;

/// <summary>
/// Three grouped queries, each one round trip whatever the head count: the years, the year by status (with the
/// warnings and the deadline), and the year by department and status. Nothing per employee leaves the database.
/// A limited admin counts only the employees of their departments.
/// The counts are cached per node (ADR 0049) under a stamp of one index seek per year, the newest change of any of
/// the tenant's declarations, so a submission, a return or an approval shows on the very next view on every node;
/// an employee moved to another department in the master (no declaration changes) shows within <see cref="MaxAge"/>.
/// </summary>
public sealed class GetYearDashboardQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IReadModelCache cache, TimeProvider clock, IRequestLookups lookups)
    : IQueryHandler<GetYearDashboardQuery, YearDashboardDto>
{
    public static readonly TimeSpan MaxAge = Support.DeclarationYearStamp.MaxAge;

    public async ValueTask<YearDashboardDto> Handle(GetYearDashboardQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ReviewDeclarations);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        // One statement for every supported year's stamp; the day is part of it: days left change at midnight in Japan.
        var stamp = await Support.DeclarationYearStamp.ReadAsync(lookups, DeclarationYearCatalog.SupportedYears, cancellationToken)
            + "|" + JapanTime.DateOf(clock.GetUtcNow().UtcDateTime).DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = $"dashboard:{tenantId.Value}:{query.TaxYear}:{currentUser.DepartmentScopeKey()}";
        return await cache.GetOrComputeAsync(key, stamp, MaxAge, ct => ComputeAsync(query, ct), cancellationToken);
    }

    private async Task<YearDashboardDto> ComputeAsync(GetYearDashboardQuery query, CancellationToken cancellationToken)
    {
        var declarations = db.Declarations.AsNoTracking();
        if (currentUser.Departments.Count > 0)
        {
            var mine = currentUser.Departments;
            var visible = db.Employees.AsNoTracking().Where(e => e.DepartmentCode != null && mine.Contains(e.DepartmentCode)).Select(e => e.Id);
            declarations = declarations.Where(d => visible.Contains(d.EmployeeId));
        }

        var years = (await declarations.Select(d => d.TaxYear).Distinct().ToListAsync(cancellationToken))
            .Select(y => y.Value).OrderDescending().ToList();
        var chosen = query.TaxYear is { } asked && years.Contains(asked) ? asked : years.FirstOrDefault();
        if (chosen == 0)
        {
            return new YearDashboardDto(null, years, null, null, StatusCountsDto.Empty, 0, []);
        }

        var year = new TaxYear(chosen);
        var ofYear = declarations.Where(d => d.TaxYear == year);
        var byStatus = await ofYear
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Warned = g.Sum(d => d.WarningCount > 0 ? 1 : 0), Deadline = g.Min(d => d.Deadline) })
            .ToListAsync(cancellationToken);
        var byDepartment = await (
                from d in ofYear
                join e in db.Employees.AsNoTracking() on d.EmployeeId equals e.Id
                group new { d.Status, d.WarningCount, e.DepartmentName } by new { e.DepartmentCode, d.Status } into g
                select new
                {
                    g.Key.DepartmentCode,
                    g.Key.Status,
                    Count = g.Count(),
                    Warned = g.Sum(x => x.WarningCount > 0 ? 1 : 0),
                    Name = g.Max(x => x.DepartmentName),
                })
            .ToListAsync(cancellationToken);

        var deadline = byStatus.Min(r => r.Deadline);
        int? daysLeft = deadline is { } due ? due.DayNumber - JapanTime.DateOf(clock.GetUtcNow().UtcDateTime).DayNumber : null;
        var departments = byDepartment
            .GroupBy(r => r.DepartmentCode)
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentProgressDto(
                g.Key,
                g.Max(r => r.Name),
                Counts(g.Select(r => (r.Status, r.Count))),
                g.Sum(r => r.Warned)))
            .ToList();
        return new YearDashboardDto(
            chosen, years, deadline, daysLeft, Counts(byStatus.Select(r => (r.Status, r.Count))), byStatus.Sum(r => r.Warned), departments);
    }

    private static StatusCountsDto Counts(IEnumerable<(DeclarationStatus Status, int Count)> rows)
    {
        var n = new int[5];
        foreach (var (status, count) in rows)
        {
            n[(int)status] += count;
        }

        return new StatusCountsDto(n[0], n[1], n[2], n[3], n[4]);
    }
}
