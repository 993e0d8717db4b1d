using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Declarations.ListOpenedYears;

/// <summary>Groups the tenant's declarations by year and status in SQL; a limited admin counts only their departments.</summary>
public sealed class ListOpenedYearsQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListOpenedYearsQuery, IReadOnlyList<OpenedYearDto>>
{
    public async ValueTask<IReadOnlyList<OpenedYearDto>> Handle(ListOpenedYearsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ReviewDeclarations);
        var declarations = db.Declarations.AsNoTracking();
        var departments = currentUser.Departments;
        if (departments.Count > 0)
        {
            var visible = db.Employees.Where(e => e.DepartmentCode != null && departments.Contains(e.DepartmentCode)).Select(e => e.Id);
            declarations = declarations.Where(d => visible.Contains(d.EmployeeId));
        }

        var rows = await declarations
            .GroupBy(d => new { d.TaxYear, d.Status })
            .Select(g => new { g.Key.TaxYear, g.Key.Status, Count = g.Count(), Deadline = g.Min(d => d.Deadline) })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => r.TaxYear.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => new OpenedYearDto(
                g.Key,
                g.Sum(r => r.Count),
                g.ToDictionary(r => r.Status.ToString(), r => r.Count, StringComparer.Ordinal),
                g.Min(r => r.Deadline)))];
    }
}
